package dev.cdcarchitect.topology;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.HotTopic;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The table topics of the diagram: each named hot table's topic with its own partitions (or one example topic for
 * the busiest table when none was named), and the remaining tables collapsed into one node.
 */
final class DataTopicNodes {

    private DataTopicNodes() {}

    /** Adds the data topic nodes and their producing edges; returns their ids, which every consumer group reads. */
    static List<String> add(List<TopologyNode> nodes, List<TopologyEdge> edges, DesignInput input, Sizing sizing,
                            List<String> topicDecisions) {
        List<String> ids = new ArrayList<>();
        List<HotTopic> hot = sizing.hotTopics();
        if (hot.isEmpty()) {
            String example = PipelineNames.of(input.source().engine()).exampleDataTopic(input.source().engine());
            ids.add(topic(nodes, "topic-hot", NodeKind.DATA_TOPIC, example, sizing.hotTopicPartitions(), 1, List.of(), topicDecisions));
        }
        for (int i = 0; i < hot.size(); i++) {
            HotTopic t = hot.get(i);
            List<NodeSetting> settings = List.of(new NodeSetting("table", t.table()),
                    new NodeSetting("share of changes", Math.round(t.writeShare() * 100) + "% (" + (t.shareStated() ? "stated" : "assumed") + ")"));
            ids.add(topic(nodes, i == 0 ? "topic-hot" : "topic-hot-" + (i + 1), NodeKind.DATA_TOPIC, t.topic(), t.partitions(), 1,
                    settings, topicDecisions));
        }
        int others = Math.max(0, input.source().tableCount() - Math.max(1, hot.size()));
        if (others > 0) {
            ids.add(topic(nodes, "topic-others", NodeKind.TOPIC_GROUP, others + " more table topics", sizing.defaultTopicPartitions(),
                    others, List.of(), topicDecisions));
        }
        for (String id : ids) edges.add(new TopologyEdge("source-connector", id, EdgeKind.PRODUCES, "key = primary key"));
        return ids;
    }

    private static String topic(List<TopologyNode> nodes, String id, NodeKind kind, String label, int partitions, int count,
                                List<NodeSetting> settings, List<String> decisions) {
        nodes.add(SpecLinks.node(id, kind, label, partitions, 0, count, settings, decisions));
        return id;
    }
}
