package dev.cdcarchitect.topology.layout;

import com.mxgraph.layout.hierarchical.mxHierarchicalLayout;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.view.mxGraph;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.MemberRowPlan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.SwingConstants;

/**
 * Lays the pipeline out left to right and returns coordinates only: JGraphX's hierarchical layout orders the boxes
 * of each column, {@link ConnectBandPlacement} places them with the Kafka Connect frame as a band.
 * JGraphX is Swing-based but needs no display (java.awt.headless=true is enough).
 */
public final class TopologyLayout {

    public static final double NODE_WIDTH = 160;
    public static final double NODE_HEIGHT = 54;
    public static final double TOPIC_HEIGHT = 74;
    /** One member row of a consumer group in the exported diagram (a 9 px line with its partition cells). */
    public static final double MEMBER_ROW_HEIGHT = 13;

    public DiagramLayout layout(Topology topology) {
        return layout(topology, NodeSizes.FIXED);
    }

    /** Lays out boxes of the sizes given, so a drawing with larger text gets room for it. */
    public DiagramLayout layout(Topology topology, NodeSizes sizes) {
        if (topology.nodes().isEmpty()) return DiagramLayout.EMPTY;
        mxGraph graph = new mxGraph();
        Object parent = graph.getDefaultParent();
        Map<String, Object> cells = new LinkedHashMap<>();
        graph.getModel().beginUpdate();
        try {
            for (TopologyNode node : topology.nodes()) {
                cells.put(node.id(), graph.insertVertex(parent, node.id(), node.id(), 0, 0, sizes.width(node), sizes.height(node)));
            }
            for (TopologyEdge edge : topology.edges()) {
                // Edges into the Connect cluster describe where things run, not data flow: they would pull the
                // cluster into the middle of the ranks, so the layout ignores them.
                if (edge.kind() == dev.cdcarchitect.domain.EdgeKind.RUNS_ON) continue;
                graph.insertEdge(parent, null, "", cells.get(edge.from()), cells.get(edge.to()));
            }
        } finally {
            graph.getModel().endUpdate();
        }
        mxHierarchicalLayout layout = new mxHierarchicalLayout(graph, SwingConstants.WEST);
        layout.setInterRankCellSpacing(ConnectBandPlacement.RANK_SPACING);
        layout.setIntraCellSpacing(ConnectBandPlacement.NODE_SPACING);
        layout.setFineTuning(true);
        layout.execute(parent);

        // JGraphX decides the order inside each column (few crossings); the columns and the Connect band are ours.
        Map<String, Double> order = new HashMap<>();
        for (Map.Entry<String, Object> cell : cells.entrySet()) {
            mxGeometry g = graph.getModel().getGeometry(cell.getValue());
            order.put(cell.getKey(), g.getY());
        }
        return new ConnectBandPlacement(topology, sizes, order).place();
    }

    static double height(TopologyNode node) {
        if (node.kind() == NodeKind.CONSUMER_GROUP && node.members() > 0) {
            return NODE_HEIGHT + MemberRowPlan.rows(node.members()) * MEMBER_ROW_HEIGHT + 4;
        }
        return node.kind() == NodeKind.DATA_TOPIC || node.kind() == NodeKind.TOPIC_GROUP ? TOPIC_HEIGHT : NODE_HEIGHT;
    }
}
