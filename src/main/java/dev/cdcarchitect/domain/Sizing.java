package dev.cdcarchitect.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The numbers the design is built on. The typed fields feed the topology; {@link #lines()} is what the
 * spec shows, each with its formula.
 *
 * @param hotTopics the topics of the hot tables the user named, busiest first; empty when none was named
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
        List<SizingLine> lines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HotTopic> hotTopics) {

    public Sizing {
        lines = List.copyOf(lines);
        hotTopics = List.copyOf(hotTopics);
    }

    /** Sizing without named hot tables: the busiest topic is an assumed one. */
    public Sizing(double eventsPerSecond, double megabytesPerSecond, int hotTopicPartitions, int defaultTopicPartitions,
                  int sinkTasksPerConnector, int connectWorkers, double snapshotHours, double logRetentionGigabytes,
                  List<SizingLine> lines) {
        this(eventsPerSecond, megabytesPerSecond, hotTopicPartitions, defaultTopicPartitions, sinkTasksPerConnector,
                connectWorkers, snapshotHours, logRetentionGigabytes, lines, List.of());
    }
}
