package dev.cdcarchitect.domain;

import java.util.List;

/**
 * The numbers the design is built on. The typed fields feed the topology; {@link #lines()} is what the
 * spec shows, each with its formula.
 */
public record Sizing(
        double eventsPerSecond,
        double megabytesPerSecond,
        int hotTopicPartitions,
        int defaultTopicPartitions,
        int sinkTasksPerConnector,
        int connectWorkers,
        double snapshotHours,
        double logRetentionGigabytes,
        List<SizingLine> lines) {

    public Sizing {
        lines = List.copyOf(lines);
    }
}
