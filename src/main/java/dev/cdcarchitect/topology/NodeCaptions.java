package dev.cdcarchitect.topology;

import dev.cdcarchitect.domain.TopologyNode;
import java.util.Locale;

/** The short texts every drawing of a node shows (window, SVG, Mermaid, DOT), so they all say the same. */
public final class NodeCaptions {

    private NodeCaptions() {}

    /** "source connector", "dlq topic", ... */
    public static String kind(TopologyNode node) {
        return node.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Tasks, workers, members or partitions; empty for nodes without a count. */
    public static String detail(TopologyNode node) {
        return switch (node.kind()) {
            case SOURCE_CONNECTOR, SINK_CONNECTOR -> node.members() + (node.members() == 1 ? " task" : " tasks");
            case CONNECT_CLUSTER -> node.members() + " workers";
            case DEBEZIUM_SERVER -> "1 instance";
            case CONSUMER_GROUP -> node.members() + " members";
            case TOPIC_GROUP -> node.partitions() + (node.partitions() == 1 ? " partition each" : " partitions each");
            case DATA_TOPIC, DLQ_TOPIC, HEARTBEAT_TOPIC, SIGNAL_TOPIC, SCHEMA_HISTORY_TOPIC, TRANSACTION_TOPIC, CONNECT_INTERNAL_TOPIC,
                 OFFSETS_TOPIC ->
                    node.partitions() + (node.partitions() == 1 ? " partition" : " partitions");
            // Only Kinesis sizes its destination in units (shards); other native destinations show no count.
            case NATIVE_DESTINATION -> node.partitions() > 0 ? node.partitions() + (node.partitions() == 1 ? " shard" : " shards") : "";
            default -> "";
        };
    }
}
