package dev.cdcarchitect.rules.failure;

import static dev.cdcarchitect.domain.SpecSection.FAILURE;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Section 5 rules: offsets, poison pills and DLQs, fencing and split brain, monitoring. */
public final class FailureRules {

    public static final List<Rule> ALL = List.of(
            Rule.always("offsets.management", FAILURE, FailureRules::offsets),
            Rule.always("errors.poison-pills", FAILURE, FailureRules::poisonPills),
            Rule.always("failure.fencing-and-split-brain", FAILURE, FailureRules::fencing),
            Rule.always("failure.monitoring", FAILURE, FailureRules::monitoring));

    private FailureRules() {}

    private static Decision offsets(RuleContext ctx) {
        if (ctx.noKafka()) return NativeFailureRules.offsets(ctx);
        String c = ctx.connector();
        return ctx.decision("offsets.management", "Offsets: where they live, how to inspect, reset and replay")
                .statement(ctx.knowledge().failure(ctx).offset() + " Sink positions are the committed offsets of each sink's consumer "
                        + "group. Inspect and change source offsets only through the Connect REST API (Kafka 3.6+), with the "
                        + "connector stopped.")
                .because("The offsets topic is the single source of truth for where capture resumes; editing it by hand or deleting "
                        + "a connector without its offsets silently re-captures or skips data.")
                .snippet("shell", "inspect, stop, reset (Kafka Connect REST, KIP-875)",
                        "curl -s https://<connect>:8083/connectors/" + c + "/offsets\n"
                                + "curl -s -X PUT https://<connect>:8083/connectors/" + c + "/stop\n"
                                + "curl -s -X DELETE https://<connect>:8083/connectors/" + c + "/offsets   # forget: next start snapshots per snapshot.mode\n"
                                + "curl -s -X PUT https://<connect>:8083/connectors/" + c + "/resume\n"
                                + "# replay a sink: stop it, then\n"
                                + "kafka-consumer-groups --bootstrap-server <bootstrap> --group <sink group> --reset-offsets \\\n"
                                + "  --to-datetime 2026-01-01T00:00:00.000 --all-topics --execute")
                .ref(Refs.KIP_875, Refs.KAFKA_CONNECT_REST, ctx.knowledge().reference())
                .build();
    }

    private static Decision poisonPills(RuleContext ctx) {
        if (ctx.noKafka()) return NativeFailureRules.poisonPills(ctx);
        return ctx.decision("errors.poison-pills", "Poison pills: fail the source, dead-letter at the sinks")
                .statement("The source connector fails on an event it cannot process (event.processing.failure.handling.mode=fail) "
                        + "and retries transient errors; each sink sends records it cannot convert or write to its own DLQ topic with "
                        + "context headers (topic, partition, offset, exception) and keeps going. A replay job re-publishes fixed "
                        + "DLQ records to the original topic keyed as before.")
                .because("Skipping at the source would lose a change forever and break the replica; at the sinks one bad record must "
                        + "not stop the pipeline. Context headers make every DLQ record traceable to its exact source offset. Oversized "
                        + "events are poison pills too: keep max.request.size and max.message.bytes above the largest row.")
                .source("event.processing.failure.handling.mode", "fail")
                .source("errors.max.retries", "-1")
                .source("errors.retry.delay.max.ms", "60000")
                .ref(Refs.KIP_298, Refs.CONFLUENT_CONNECT_DLQ, ctx.knowledge().reference())
                .warn("A record in a DLQ is a change that a sink has not applied: alert on any DLQ growth, and replay before the row "
                        + "changes again, or the replayed record will overwrite a newer state (replay through the same key and check "
                        + "the source position).")
                .build();
    }

    private static Decision fencing(RuleContext ctx) {
        if (ctx.noKafka()) return NativeFailureRules.fencing(ctx);
        return ctx.decision("failure.fencing-and-split-brain", "One writer per slot/position, fenced")
                .statement("Exactly one running instance of the source task, enforced by the Connect group protocol"
                        + (ctx.transactionalSource() ? " and transactional fencing (a zombie task's producer epoch is fenced off)" : "")
                        + "; the connector always reaches the source through its writer endpoint, so after a failover it can only "
                        + "follow the new primary. Never run a second connector for the same database.")
                .because("Split brain in CDC means two readers of one log or a reader of the demoted primary: both emit changes "
                        + "that did not (or no longer) happen. Writer endpoints, fencing and a single connector rule that out; "
                        + "Kafka's min.insync.replicas=2 and disabled unclean election do the same for the brokers.")
                .ref(Refs.KIP_618, Refs.KAFKA_CONNECT_CONFIGS)
                .build();
    }

    private static Decision monitoring(RuleContext ctx) {
        if (ctx.noKafka()) return NativeFailureRules.monitoring(ctx);
        long slo = ctx.requirements().latencySloMillis();
        DecisionBuilder d = ctx.decision("failure.monitoring", "Detect before users do")
                .statement("Alert on: connector/task state != RUNNING (1 min); MilliSecondsBehindSource above " + Units.millis(slo / 2)
                        + "; source log retained above 50% of its cap; " + SinkLagAlerts.describe(ctx)
                        + "; any DLQ growth" + Heartbeat.alert(ctx, "heartbeat topic silent") + ".")
                .because("Every failure in the matrix below is detected by one of these signals" + Heartbeat.why(ctx, "RUNNING"));
        return Heartbeat.emit(d).ref(Refs.DBZ_MONITORING, ctx.knowledge().reference()).build();
    }
}
