package dev.cdcarchitect.domain;

import java.util.List;

/**
 * A box in the diagram.
 *
 * @param partitions partition count for topics, 0 otherwise
 * @param members    tasks of a connector, members of a consumer group, workers of a cluster; 0 otherwise
 * @param count      how many real objects this node stands for (aggregated topics), 1 otherwise
 * @param decisionIds the decisions that configure this node
 */
public record TopologyNode(
        String id,
        NodeKind kind,
        String label,
        int partitions,
        int members,
        int count,
        List<NodeSetting> settings,
        List<String> decisionIds) {

    public TopologyNode {
        settings = List.copyOf(settings);
        decisionIds = List.copyOf(decisionIds);
    }
}
