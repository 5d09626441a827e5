package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.nokafka.NativeNames;
import dev.cdcarchitect.rules.nokafka.OffsetStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 5 without Kafka: offsets in a file or Redis, poison pills and dead letters at the consumers, one instance
 * fenced by the deployment, and the signals to alert on. Each keeps the id of its Kafka counterpart.
 */
public final class NativeFailureRules {

    private NativeFailureRules() {}

    public static Decision offsets(RuleContext ctx) {
        boolean redis = ctx.destination().keepsOffsets();
        String server = ctx.connector();
        String reset = redis
                ? "redis-cli HGETALL " + OffsetStore.REDIS_OFFSETS_KEY + "          # inspect (the default key)\n"
                        + "redis-cli DEL " + OffsetStore.REDIS_OFFSETS_KEY + "              # forget: next start snapshots per snapshot.mode\n"
                : "# from a helper pod that mounts the same volume:\n"
                        + "cp " + NativeNames.OFFSETS_FILE + " " + NativeNames.OFFSETS_FILE + ".bak   # keep a copy before any change\n"
                        + "rm " + NativeNames.OFFSETS_FILE + "                              # forget: next start snapshots per snapshot.mode\n";
        return ctx.decision("offsets.management", "Offsets: where they live, how to inspect, reset and replay")
                .statement(ctx.knowledge().failure(ctx).offset() + " Each target's position is its own subscription's or "
                        + "consumer's acknowledgement in " + ctx.destination().label() + ". Change source offsets only "
                        + "with the server stopped.")
                .because("The stored offsets are the single source of truth for where capture resumes; changing them while the "
                        + "server runs is overwritten at the next flush, and deleting them silently re-captures or skips data.")
                .snippet("shell", "stop, inspect or reset, start (Debezium Server has no offsets REST API)",
                        "kubectl scale deployment/" + server + " --replicas=0\n" + reset
                                + "kubectl scale deployment/" + server + " --replicas=1\n"
                                + "# replay one target: rewind its own subscription or checkpoint, within the destination's retention")
                .ref(Refs.DBZ_SERVER, ctx.knowledge().reference())
                .build();
    }

    public static Decision poisonPills(RuleContext ctx) {
        boolean pubSub = ctx.destination().sink() == NativeSink.PUBSUB;
        DecisionBuilder d = ctx.decision("errors.poison-pills", "Poison pills: fail the source, dead-letter at the consumers")
                .statement("The source connector fails on an event it cannot process (event.processing.failure.handling.mode=fail) "
                        + "and retries transient errors without limit; each consumer moves what it cannot apply to a dead-letter "
                        + "destination of its own where the service offers one" + (pubSub ? " (a Pub/Sub subscription takes a "
                        + "dead-letter topic)" : "") + ", with the event's source position, and keeps going.")
                .because("Skipping at the source would lose a change forever; at the consumers one bad record must not stop a "
                        + "target. Oversized events are poison pills too: the destination's message size limit must stay above the "
                        + "largest row.")
                .source("event.processing.failure.handling.mode", "fail")
                .source("errors.max.retries", "-1")
                .ref(ctx.knowledge().reference(), Refs.DBZ_SERVER)
                .warn("A dead-lettered record is a change a target has not applied: alert on any growth, and replay before the row "
                        + "changes again, checking the source position, or the replay overwrites a newer state.");
        // The BigQuery subscription page describes the subscription's dead-letter topic.
        return pubSub ? d.ref(Refs.PUBSUB_BIGQUERY).build() : d.build();
    }

    public static Decision fencing(RuleContext ctx) {
        return ctx.decision("failure.fencing-and-split-brain", "One writer per slot/position, fenced by the deployment")
                .statement("Exactly one running Debezium Server for the database, enforced by replicas: 1 and the Recreate strategy; "
                        + "the connector always reaches the source through its writer endpoint, so after a failover it can only follow "
                        + "the new primary. Never run a second connector for the same database.")
                .because("Split brain in CDC means two readers of one log or a reader of the demoted primary: both emit changes that "
                        + "did not (or no longer) happen. Nothing inside Debezium Server fences a second instance, so the deployment "
                        + "must; writer endpoints rule out reading a demoted primary.")
                .ref(Refs.DBZ_SERVER)
                .build();
    }

    /**
     * Backlog-age thresholds for the consumers feeding the targets: a quarter of a target's stated freshness objective, a
     * quarter of the latency SLO otherwise (the same rule as the Kafka design's consumer-lag alerts).
     */
    static String backlogAlerts(RuleContext ctx) {
        String global = Units.millis(ctx.requirements().latencySloMillis() / 4);
        List<String> own = new ArrayList<>();
        int others = 0;
        for (Target t : ctx.targets()) {
            long objective = ctx.sinkFreshnessMillis(t.kind());
            if (objective > 0) {
                own.add(t.label() + "'s consumer backlog age above " + Units.millis(objective / 4) + " (25% of its "
                        + Units.millis(objective) + " freshness objective)");
            } else {
                others++;
            }
        }
        if (own.isEmpty()) return "any consumer's backlog age above " + global;
        return (others > 0 ? "other consumers' backlog age above " + global + "; " : "") + String.join("; ", own);
    }

    public static Decision monitoring(RuleContext ctx) {
        long slo = ctx.requirements().latencySloMillis();
        DecisionBuilder d = ctx.decision("failure.monitoring", "Detect before users do")
                .statement("Alert on: /q/health not UP (1 min); MilliSecondsBehindSource above " + Units.millis(slo / 2)
                        + "; source log retained above 50% of its cap; " + backlogAlerts(ctx)
                        + "; any dead-letter growth" + Heartbeat.alert(ctx, "no heartbeat event at the destination") + ".")
                .because("Every failure in the matrix below is detected by one of these signals" + Heartbeat.why(ctx, "healthy"));
        return Heartbeat.emit(d).ref(Refs.DBZ_MONITORING, Refs.DBZ_SERVER).build();
    }
}
