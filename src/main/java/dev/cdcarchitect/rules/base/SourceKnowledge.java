package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import java.util.List;

/** What the engine knows about one source database and its Debezium connector. */
public interface SourceKnowledge {

    SourceEngine engine();

    String connectorClass();

    Reference reference();

    /** True when the connector can only ever run one task (tasks.max above 1 does not scale it). */
    boolean singleTask();

    /** False for connectors that run as their own agent rather than on Kafka Connect. */
    default boolean runsOnKafkaConnect() { return true; }

    /** True when the connector keeps its DDL history in a Kafka topic. */
    boolean usesSchemaHistory();

    /** How many row images an update event carries (1 = after only, 2 = before and after). */
    double rowImagesPerEvent(SourceProfile source);

    /** Sustained read rate of an initial snapshot, MB/s, for the snapshot-duration estimate. */
    double snapshotMegabytesPerSecond();

    /** True when the connector can emit truncate events (op "t") once skipped.operations no longer skips them. */
    default boolean emitsTruncates(SourceProfile source) { return false; }

    /** Source-position field of the Debezium {@code source} block that orders events, empty if none. */
    String positionField();

    /** The Debezium connector's own settings: connection, capture scope, engine-specific capture options. */
    List<ConfigEntry> connectorConfig(RuleContext ctx);

    /** Engine-specific rules; their ids start with the engine's prefix. */
    List<Rule> rules();

    /** Engine-specific rows of the failure matrix. */
    FailureKnowledge failure(RuleContext ctx);
}
