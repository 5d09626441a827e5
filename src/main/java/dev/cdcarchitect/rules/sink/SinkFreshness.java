package dev.cdcarchitect.rules.sink;

/**
 * Flush and commit intervals derived from a sink's own freshness objective. Each step on the way into the sink gets
 * a fixed share of the objective, so the steps add up to less than it and leave room for consumer lag.
 */
final class SinkFreshness {

    /** A buffer flushed on a timer (connector buffer, ingest client) takes a tenth of the objective. */
    static final double FLUSH_SHARE = 0.1;
    /** A periodic commit, merge, rotation or refresh takes half of it. */
    static final double COMMIT_SHARE = 0.5;

    private SinkFreshness() {}

    /** A flush interval in whole seconds, within the 1..600 s that the Snowflake connector accepts. */
    static long flushSeconds(long objectiveMillis) {
        return Math.max(1, Math.min(600, Math.round(objectiveMillis * FLUSH_SHARE / 1000)));
    }

    /** A commit interval in milliseconds, at least one second. */
    static long commitMillis(long objectiveMillis) {
        return Math.max(1000, Math.round(objectiveMillis * COMMIT_SHARE));
    }
}
