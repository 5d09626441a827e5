package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.RuleContext;

/**
 * The source connector's heartbeat and the alert that watches it. The heartbeat proves a connector that reports
 * RUNNING is still reading, and on quiet tables it is the only event that moves the stored position forward, so the
 * binlog, oplog or WAL the offset points to is not purged (or kept) for lack of changes.
 */
public final class Heartbeat {

    public static final long INTERVAL_MS = 10_000;
    /** Six missed heartbeats: long enough to ride out a rebalance, short enough to page before the log is at risk. */
    public static final int SILENCE_MINUTES = 1;

    private Heartbeat() {}

    /** The Cassandra agent is not a Kafka Connect connector and has no heartbeat setting: nothing to alert on. */
    private static boolean emitted(RuleContext ctx) {
        return ctx.knowledge().runsOnKafkaConnect();
    }

    /** The alert clause ("; heartbeat topic silent for 1 min (...)"), empty when the source emits no heartbeat. */
    public static String alert(RuleContext ctx, String silence) {
        return emitted(ctx) ? "; " + silence + " for " + SILENCE_MINUTES + " min (the source emits one every " + Units.millis(INTERVAL_MS) + ")"
                : "";
    }

    /** Why the heartbeat is watched, ending the monitoring rationale; {@code status} is what a stuck connector still reports. */
    public static String why(RuleContext ctx, String status) {
        return emitted(ctx) ? "; the heartbeat catches a stuck connector that still reports " + status + ", and on quiet tables it keeps "
                + "the stored position moving so the " + ctx.engine().logName() + " it points to is not purged or held back." : ".";
    }

    /** Sets heartbeat.interval.ms on the source connector (dropped for sources that are not Debezium connectors). */
    public static DecisionBuilder emit(DecisionBuilder d) {
        return d.source("heartbeat.interval.ms", String.valueOf(INTERVAL_MS));
    }
}
