package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.EdgePath;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.text.Text;

/** The small shapes a diagram is drawn from: captions, partition cells, tooltips and edge curves. */
final class NodeShapes {

    private static final int MAX_PARTITION_CELLS = 24;
    private static final Color PARTITION_COLOR = Color.web("#d4a72c");

    private NodeShapes() {}

    static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().add(style);
        return t;
    }

    /** Partitions as cells drawn on one small canvas; beyond a readable count, "+N". */
    static javafx.scene.Node partitionBand(int partitions) {
        int cells = Math.min(partitions, MAX_PARTITION_CELLS);
        Canvas band = new Canvas(cells * 6, 8);
        GraphicsContext g = band.getGraphicsContext2D();
        g.setFill(PARTITION_COLOR);
        for (int i = 0; i < cells; i++) g.fillRect(i * 6, 0, 5, 8);
        band.getStyleClass().add("partition-band");
        if (partitions == cells) return band;
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(3, band, text("+" + (partitions - cells), "node-detail"));
        return row;
    }

    static String tooltip(TopologyNode node) {
        StringBuilder tip = new StringBuilder(node.label());
        if (node.count() > 1) tip.append("\n").append(node.count()).append(" topics shown as one");
        for (NodeSetting s : node.settings()) tip.append("\n").append(s.key()).append(" = ").append(s.value());
        if (!node.decisionIds().isEmpty()) tip.append("\nDecisions: ").append(String.join(", ", node.decisionIds()));
        return tip.toString();
    }

    static CubicCurve edgeView(TopologyEdge edge, NodeBox from, NodeBox to) {
        EdgePath path = EdgePath.between(from, to);
        CubicCurve curve = new CubicCurve(path.x1(), path.y1(), path.c1x(), path.c1y(), path.c2x(), path.c2y(), path.x2(), path.y2());
        curve.getStyleClass().addAll("edge", "edge-" + edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return curve;
    }
}
