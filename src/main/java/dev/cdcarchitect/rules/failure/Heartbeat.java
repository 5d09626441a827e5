package dev.cdcarchitect.rules.failure;

import dev.cdcarchitect.rules.DecisionBuilder;

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

    /** Sets heartbeat.interval.ms on the source connector (dropped for sources that are not Debezium connectors). */
    public static DecisionBuilder emit(DecisionBuilder d) {
        return d.source("heartbeat.interval.ms", String.valueOf(INTERVAL_MS));
    }
}
