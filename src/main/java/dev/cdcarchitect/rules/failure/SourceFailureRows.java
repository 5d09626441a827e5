package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.sizing.SnapshotPlan;
import java.util.List;

/** The failure rows of the source itself, the same whether the events go to Kafka or to a native destination. */
public final class SourceFailureRows {

    private SourceFailureRows() {}

    /** @param downstream where changes since the offset are unknown ("Kafka", "downstream") */
    public static List<FailureScenario> of(RuleContext ctx, String downstream) {
        FailureKnowledge source = ctx.knowledge().failure(ctx);
        double reSnapshotHours = SnapshotPlan.incrementalHours(ctx.source(), ctx.knowledge(), ctx.sizing().snapshotHours());
        boolean reSeed = reSnapshotHours > SnapshotPlan.SEED_FROM_EXPORT_LIMIT_HOURS;
        String reSnapshot = (ctx.knowledge().runsOnKafkaConnect() ? "an incremental re-snapshot" : "a re-snapshot");
        String recovery = source.lostLogRecovery() + (reSeed
                ? " At this volume a re-snapshot through the connector takes " + Units.hours(reSnapshotHours)
                        + ": re-seed the targets from a consistent export taken at the new position instead, as snapshot.strategy does, and capture from there."
                : "");
        return List.of(
                new FailureScenario("failure.source-failover", "Source database failover",
                        "Connection errors, then reconnect to the writer endpoint",
                        "Capture pauses during promotion",
                        source.failover(), source.failoverRpo(), "minutes"),
                new FailureScenario("failure.lost-log", source.lostLog(),
                        "Connector fails at start with a missing-position error",
                        "The connector cannot resume; every change since its offset is unknown " + downstream,
                        Reconciliation.after(recovery),
                        Reconciliation.RPO,
                        // The design's own estimate, never the plan's limit: recovery is as long as the rebuild.
                        reSeed ? "the re-seed from an export (" + reSnapshot + " would take " + Units.hours(reSnapshotHours) + ")"
                                : Units.hours(reSnapshotHours) + " for " + reSnapshot));
    }
}
