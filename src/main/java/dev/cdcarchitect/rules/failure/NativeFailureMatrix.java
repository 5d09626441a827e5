package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.nokafka.OffsetStore;
import java.util.ArrayList;
import java.util.List;

/** The failure matrix without Kafka: no workers, brokers or registry; the destination and the offset store instead. */
public final class NativeFailureMatrix {

    private NativeFailureMatrix() {}

    public static List<FailureScenario> build(RuleContext ctx) {
        String log = ctx.engine().logName();
        String name = ctx.destination().label();
        String duplicates = "0 lost; the unrecorded batch re-delivered";
        List<FailureScenario> rows = new ArrayList<>();
        rows.add(new FailureScenario("failure.task-crash", "Debezium Server process crash",
                "/q/health DOWN; the pod restarts (CrashLoopBackOff if the cause persists)",
                "Capture pauses; the " + log + " accumulates at the source",
                "The orchestrator restarts the one instance; it resumes from " + OffsetStore.describe(ctx) + ". Fix the cause from "
                        + "the log if it keeps failing; never start a second instance meanwhile",
                duplicates, "1-2 min (pod restart)"));
        rows.add(new FailureScenario("failure.zombie-task", "Two Debezium Server instances (rolling update, second replica)",
                "Two pods for one connector; duplicate events with the same source position",
                "Both publish the same changes and overwrite each other's offsets",
                "replicas: 1 with the Recreate strategy; stop the extra pod; consumers dedupe by key",
                "0 lost; duplicates absorbed by idempotent consumers", "none"));
        rows.add(new FailureScenario("failure.destination-outage", Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + " unavailable or throttling",
                "Sink errors in the server log; /q/health DOWN once the sink gives up",
                "Delivery stops; the server retries, then stops; the " + log + " accumulates at the source",
                "Restore " + name + " (or raise its quota), restart the server; it resumes from the last recorded batch",
                duplicates, "time to restore " + name));
        rows.add(new FailureScenario("failure.offset-store-loss", "Offsets lost (volume or Redis data gone)",
                "The server starts without offsets and begins as snapshot.mode says",
                "A new snapshot, or a gap if streaming starts at the current position",
                Reconciliation.after("Stop the server, restore the offsets" + (ctx.knowledge().usesSchemaHistory() ? " and the schema history" : "")
                        + " from the last backup, start it; without a backup run incremental snapshots of every captured table"),
                "0 with a backup; without one, " + Reconciliation.RPO, "minutes (restore) to hours (re-snapshot)"));
        rows.addAll(SourceFailureRows.of(ctx, "downstream"));
        rows.add(new FailureScenario("failure.split-brain", "Network partition / split brain",
                "Server loses the source or " + name + "; two primaries reported by the HA manager",
                "Capture stops (no source) rather than reading a demoted primary",
                "Fence the old primary (HA manager), confirm the writer endpoint, restart the server; it resumes from its stored offsets",
                "0 for committed and replicated changes", "minutes"));
        rows.add(new FailureScenario("failure.poison-pill", "Poison pill (unconvertible or oversized record)",
                "Consumer: dead-letter growth; source: the server stops with the offending position in its log",
                "Consumer: one record unapplied; source: capture stops",
                "Consumer: fix and replay from its dead-letter destination; source: fix the cause (e.g. a message over the "
                        + "destination's size limit) and restart",
                "0", "minutes to hours (manual)"));
        return rows;
    }
}
