package dev.cdcarchitect.topology.layout;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Kafka Connect frame of the diagram holds: the cluster, the internal topics it keeps its state in, the
 * connectors that run on it ("runs on" edges) and the consumer groups only those connectors read with (a sink
 * connector's {@code connect-*} group is its tasks). A connector in Debezium Server runs elsewhere and stays out.
 */
public final class ConnectFrame {

    private ConnectFrame() {}

    /** The Connect cluster's node id, if the design has one. */
    public static Optional<String> cluster(Topology topology) {
        return topology.nodes().stream().filter(n -> n.kind() == NodeKind.CONNECT_CLUSTER).map(TopologyNode::id).findFirst();
    }

    /** The ids inside the frame, the cluster first (a stable order); empty without a Connect cluster. */
    public static Set<String> members(Topology topology) {
        Optional<String> cluster = cluster(topology);
        if (cluster.isEmpty()) return Set.of();
        String id = cluster.get();
        Set<String> members = new LinkedHashSet<>(List.of(id));
        for (TopologyEdge edge : topology.edges()) {
            if (edge.kind() == EdgeKind.RUNS_ON && edge.to().equals(id)) members.add(edge.from());
            if (edge.kind() == EdgeKind.PRODUCES && edge.from().equals(id)
                    && kind(topology, edge.to()) == NodeKind.CONNECT_INTERNAL_TOPIC) members.add(edge.to());
        }
        for (TopologyNode node : topology.nodes()) {
            if (node.kind() != NodeKind.CONSUMER_GROUP) continue;
            List<String> readers = topology.edges().stream().filter(e -> e.from().equals(node.id()) && e.kind() == EdgeKind.CONSUMES)
                    .map(TopologyEdge::to).toList();
            if (!readers.isEmpty() && members.containsAll(readers)) members.add(node.id());
        }
        return java.util.Collections.unmodifiableSet(members);
    }

    /** The frame is drawn for "runs on": an edge from a member to the cluster says what the frame already shows. */
    public static boolean shownByFrame(TopologyEdge edge, Set<String> members) {
        return edge.kind() == EdgeKind.RUNS_ON && members.contains(edge.from()) && members.contains(edge.to());
    }

    private static NodeKind kind(Topology topology, String id) {
        return topology.nodes().stream().filter(n -> n.id().equals(id)).map(TopologyNode::kind).findFirst().orElse(null);
    }
}
