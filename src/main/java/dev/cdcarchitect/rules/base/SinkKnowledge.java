package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.TargetKind;

/** What the engine knows about delivering change events into one kind of target. */
public interface SinkKnowledge {

    TargetKind kind();

    /** Planning figure for one sink task (events/s); partitions are sized so no task must exceed it. */
    double eventsPerSecondPerTask();

    /** True when delivery runs as a Kafka Connect sink connector (with a DLQ); false for stream jobs. */
    boolean runsOnConnect();

    /** How add/drop/rename/type-change DDL reaches this target. */
    String ddlHandling();

    /** What this target does with a truncate event (op "t", no key, no row images), and what the operator must do. */
    String truncateHandling();

    /** True when the sink applies truncate events itself once told to. */
    default boolean appliesTruncates() { return false; }

    Rule rule();
}
