package dev.cdcarchitect.topology;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partitions each consumer group of a diagram gives each of its members (see {@link RangeAssignment}). */
public final class GroupAssignments {

    private GroupAssignments() {}

    /** Per consumer-group node id, its members in assignor order, from the data topics it consumes. */
    public static Map<String, List<RangeAssignment.Member>> of(Topology topology) {
        Map<String, TopologyNode> byId = topology.nodes().stream().collect(Collectors.toMap(TopologyNode::id, Function.identity()));
        Map<String, List<RangeAssignment.Topic>> reads = new LinkedHashMap<>();
        for (TopologyNode node : topology.nodes()) {
            if (node.kind() == NodeKind.CONSUMER_GROUP) reads.put(node.id(), new ArrayList<>());
        }
        for (TopologyEdge edge : topology.edges()) {
            TopologyNode from = byId.get(edge.from());
            if (edge.kind() != EdgeKind.CONSUMES || from == null || !reads.containsKey(edge.to())) continue;
            if (from.kind() != NodeKind.DATA_TOPIC && from.kind() != NodeKind.TOPIC_GROUP) continue;
            reads.get(edge.to()).add(new RangeAssignment.Topic(from.label(), from.partitions(), Math.max(1, from.count())));
        }
        Map<String, List<RangeAssignment.Member>> out = new LinkedHashMap<>();
        reads.forEach((group, topics) -> out.put(group, RangeAssignment.assign(topics, byId.get(group).members())));
        return out;
    }
}
