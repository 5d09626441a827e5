package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** The failure matrix of section 5: each failure with detection, impact, recovery, RPO and RTO. */
public final class FailureMatrix {

    private FailureMatrix() {}

    public static List<FailureScenario> build(RuleContext ctx) {
        if (ctx.noKafka()) return NativeFailureMatrix.build(ctx);
        String log = ctx.engine().logName();
        boolean eos = ctx.transactionalSource();
        String duplicates = eos ? "0 (transactions)" : "0 lost; up to one offset-flush interval (10 s) re-delivered";
        List<FailureScenario> rows = new ArrayList<>();
        if (ctx.debeziumServer()) {
            rows.add(new FailureScenario("failure.task-crash", "Debezium Server process crash",
                    "/q/health DOWN; the pod restarts (CrashLoopBackOff if the cause persists)",
                    "Capture pauses; the " + log + " accumulates at the source",
                    "The orchestrator restarts the one instance; it resumes from the offsets topic. Fix the cause from the log if it "
                            + "keeps failing; never start a second instance meanwhile",
                    duplicates, "1-2 min (pod restart)"));
        } else {
            rows.add(new FailureScenario("failure.task-crash", "Connector task crash",
                    "Task state FAILED in the Connect REST API / JMX",
                    "Capture pauses; the " + log + " accumulates at the source",
                    "Fix the cause from the task trace, then POST /connectors/<name>/tasks/0/restart; it resumes from the last committed offset",
                    duplicates, "minutes (automated restart)"));
        }
        rows.add(new FailureScenario("failure.worker-loss", "Connect worker loss and rebalance",
                "Worker missing from the group; tasks reassigned (cooperative rebalance)",
                "Tasks of the lost worker stop until reassigned after scheduled.rebalance.max.delay.ms (60 s)"
                        + (ctx.debeziumServer() ? "; only sink tasks run on Connect here" : ""),
                "None by hand: the spare worker takes the tasks; replace the worker",
                duplicates, "1-2 min"));
        if (ctx.debeziumServer()) {
            rows.add(new FailureScenario("failure.zombie-task", "Two Debezium Server instances (rolling update, second replica)",
                    "Two pods for one connector; duplicate events with the same source position",
                    "Both publish the same changes and overwrite each other's offsets",
                    "replicas: 1 with the Recreate strategy; stop the extra pod; sinks dedupe by key",
                    "0 lost; duplicates absorbed by idempotent sinks", "none"));
        } else {
            rows.add(new FailureScenario("failure.zombie-task", "Zombie task (paused by GC or partition, then wakes)",
                    eos ? "Producer fenced (ProducerFencedException) in the zombie's log" : "Two task instances in logs for one connector",
                    eos ? "None: its transactions are aborted" : "Possible duplicate events from the zombie until it notices the rebalance",
                    eos ? "The zombie shuts down by itself" : "Enable exactly-once source support; sinks dedupe by key meanwhile",
                    eos ? "0" : "0 lost; duplicates absorbed by idempotent sinks", "none"));
        }
        rows.add(new FailureScenario("failure.broker-loss", "Kafka broker loss",
                "Under-replicated partitions; offline partitions if two replicas are lost",
                "One broker: none (RF 3, min.insync.replicas 2); two: affected partitions reject writes and the connector retries",
                "Replace the broker; reassign partitions; never enable unclean leader election",
                "0", "seconds (leader election)"));
        rows.add(new FailureScenario("failure.registry-outage", "Schema registry outage",
                "Serializer errors; connector tasks failing on schema registration",
                "New schemas cannot be registered: the source task fails on the first new schema; cached schemas keep flowing",
                "Restore the registry (replicated, its _schemas topic RF 3); restart failed tasks",
                "0", "time to restore the registry"));
        rows.addAll(SourceFailureRows.of(ctx, "to Kafka"));
        rows.add(new FailureScenario("failure.split-brain", "Network partition / split brain",
                "Connector loses the source or brokers; two primaries reported by the HA manager",
                "Capture stops (no quorum or no source) rather than reading a demoted primary",
                "Fence the old primary (HA manager), confirm the writer endpoint, restart the connector; it resumes from Kafka offsets",
                "0 for committed and replicated changes", "minutes"));
        rows.add(new FailureScenario("failure.poison-pill", "Poison pill (unconvertible or oversized record)",
                "Sink: DLQ growth with context headers; source: task FAILED with the offending position",
                "Sink: one record unapplied; source: capture stops",
                "Sink: fix and replay from the DLQ; source: fix the cause (e.g. raise max.request.size, adjust the converter) and restart",
                "0", "minutes to hours (manual)"));
        return rows;
    }
}
