package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;

/**
 * The Kafka Connect cluster drawn as a group: one frame around the cluster's box and the internal topics it keeps
 * its state in; the connectors that run on it point at the frame ("runs on"), so the cluster no longer floats apart.
 */
final class ConnectGroup {

    private static final double PADDING = 8;
    private static final Set<NodeKind> STATE = Set.of(NodeKind.CONNECT_INTERNAL_TOPIC, NodeKind.OFFSETS_TOPIC);

    private final String clusterId;
    private final NodeBox frame;
    private final DiagramLayout layout;
    private final List<String> members;

    private ConnectGroup(String clusterId, NodeBox frame, DiagramLayout layout, List<String> members) {
        this.clusterId = clusterId;
        this.frame = frame;
        this.layout = layout;
        this.members = members;
    }

    static ConnectGroup of(Topology topology, DiagramLayout layout) {
        TopologyNode cluster = topology.nodes().stream()
                .filter(n -> n.kind() == NodeKind.CONNECT_CLUSTER || n.kind() == NodeKind.DEBEZIUM_SERVER)
                .filter(n -> layout.box(n.id()) != null).findFirst().orElse(null);
        if (cluster == null) return new ConnectGroup(null, null, layout, List.of());
        List<String> members = new ArrayList<>(List.of(cluster.id()));
        for (TopologyEdge edge : topology.edges()) {
            if (edge.from().equals(cluster.id()) && edge.kind() == EdgeKind.PRODUCES && layout.box(edge.to()) != null
                    && STATE.contains(kindOf(topology, edge.to()))) members.add(edge.to());
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (String id : members) {
            NodeBox b = layout.box(id);
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        NodeBox frame = new NodeBox(cluster.id() + "-group", minX - PADDING, minY - PADDING,
                maxX - minX + 2 * PADDING, maxY - minY + 2 * PADDING);
        return new ConnectGroup(cluster.id(), frame, layout, List.copyOf(members));
    }

    private static NodeKind kindOf(Topology topology, String id) {
        return topology.nodes().stream().filter(n -> n.id().equals(id)).map(TopologyNode::kind).findFirst().orElse(null);
    }

    /** The ids inside the frame: the cluster and its internal topics. */
    List<String> members() {
        return members;
    }

    /** Where an edge into this node ends: the frame for the cluster, the node's own box otherwise. */
    NodeBox boxFor(String id) {
        return frame != null && id.equals(clusterId) ? frame : layout.box(id);
    }

    List<Node> views() {
        if (frame == null) return List.of();
        Rectangle r = new Rectangle(frame.x(), frame.y(), frame.width(), frame.height());
        r.setArcWidth(14);
        r.setArcHeight(14);
        r.getStyleClass().add("connect-group");
        return List.of(r);
    }
}
