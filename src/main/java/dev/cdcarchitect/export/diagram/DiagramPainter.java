package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodePalette;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.GroupAssignments;
import dev.cdcarchitect.topology.MemberRowPlan;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.RangeAssignment;
import dev.cdcarchitect.topology.layout.ConnectFrame;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.EdgePath;
import dev.cdcarchitect.topology.layout.NodeBox;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the pipeline diagram from the topology and its JGraphX layout (the same coordinates as the window) onto
 * any canvas, so the SVG, PNG and PDF diagrams are one drawing: the Kafka Connect frame, edges, then one box per
 * node with its kind, full name (wrapped, never cut), size and partition band.
 */
public final class DiagramPainter {

    /** White space around the layout, in diagram pixels. */
    public static final double MARGIN = 10;

    public static double width(DiagramLayout layout) {
        return layout.width() + 2 * MARGIN;
    }

    public static double height(DiagramLayout layout) {
        return layout.height() + 2 * MARGIN;
    }

    public void paint(Topology topology, DiagramLayout layout, DiagramCanvas canvas) {
        canvas.rect(0, 0, width(layout), height(layout), "#ffffff", null, false);
        NodeBox frame = layout.frame();
        // The Connect frame (as .connect-group in the window) under everything: what it holds runs on Connect.
        if (frame != null) canvas.rect(MARGIN + frame.x(), MARGIN + frame.y(), frame.width(), frame.height(), "#f6f8fa", "#8c959f", true);
        Set<String> onConnect = ConnectFrame.members(topology);
        for (TopologyEdge edge : topology.edges()) {
            if (!ConnectFrame.shownByFrame(edge, onConnect)) edge(canvas, edge, layout);
        }
        Map<String, List<RangeAssignment.Member>> assignments = GroupAssignments.of(topology);
        for (TopologyNode node : topology.nodes()) {
            node(canvas, node, layout.box(node.id()), assignments.getOrDefault(node.id(), List.of()));
        }
    }

    private static void edge(DiagramCanvas canvas, TopologyEdge edge, DiagramLayout layout) {
        NodeBox from = layout.box(edge.from());
        NodeBox to = layout.box(edge.to());
        if (from == null || to == null) return;
        EdgePath path = EdgePath.between(from, to).shifted(MARGIN, MARGIN);
        String stroke = switch (edge.kind()) {
            case DEAD_LETTERS -> "#cf222e";
            case REGISTERS_SCHEMA -> "#8250df";
            case RUNS_ON -> "#c7ccd1";
            default -> "#57606a";
        };
        boolean dashed = edge.kind() == EdgeKind.DEAD_LETTERS || edge.kind() == EdgeKind.RUNS_ON;
        canvas.curve(path.x1(), path.y1(), path.c1x(), path.c1y(), path.c2x(), path.c2y(), path.x2(), path.y2(), stroke, dashed);
    }

    private static void node(DiagramCanvas canvas, TopologyNode node, NodeBox box, List<RangeAssignment.Member> members) {
        if (box == null) return;
        NodePalette palette = NodePalette.of(node.kind());
        double left = MARGIN + box.x();
        double top = MARGIN + box.y();
        canvas.beginNode(node.id());
        canvas.rect(left, top, box.width(), box.height(), palette.fill(), palette.stroke(), palette.dashed());
        double x = left + ExportNodeSizes.INSET;
        canvas.text(x, top + 13, 8.5, "#57606a", false, NodeCaptions.kind(node));
        // The full name, wrapped as ExportNodeSizes sized the box for it; what follows moves down by the extra lines.
        List<String> title = ExportNodeSizes.titleLines(node.label());
        for (int i = 0; i < title.size(); i++) {
            canvas.text(x, top + 28 + i * ExportNodeSizes.TITLE_LINE, ExportNodeSizes.TITLE_SIZE, "#1f2328", true, title.get(i));
        }
        double extra = ExportNodeSizes.extraHeight(title);
        String detail = NodeCaptions.detail(node);
        if (!detail.isEmpty()) canvas.text(x, top + 42 + extra, 9.5, "#3d444d", false, detail);
        if (node.partitions() > 1 && box.height() > 60) partitionBand(canvas, node.partitions(), x, top + box.height() - 18);
        double row = top + TopologyLayout.NODE_HEIGHT + extra;
        for (MemberRowPlan plan : MemberRowPlan.of(members)) {
            memberRow(canvas, plan, x, row);
            row += TopologyLayout.MEMBER_ROW_HEIGHT;
        }
        canvas.endNode();
    }

    /** One member of a consumer group and a cell per partition it reads, as the window's member rows. */
    private static void memberRow(DiagramCanvas canvas, MemberRowPlan plan, double x, double top) {
        canvas.text(x, top + 9, 9, "#3d444d", false, plan.label());
        double cellX = x + 50;
        for (boolean aggregated : plan.cells()) {
            canvas.rect(cellX, top + 2, 4, 8, aggregated ? "#ecd48a" : "#d4a72c", null, false);
            cellX += 5;
        }
        if (!plan.after().isEmpty()) canvas.text(cellX + 2, top + 9, 9, "#3d444d", false, plan.after());
    }

    /** One small cell per partition (up to 24, then "+N"), as in the window. */
    private static void partitionBand(DiagramCanvas canvas, int partitions, double x, double y) {
        int cells = Math.min(partitions, 24);
        for (int i = 0; i < cells; i++) canvas.rect(x + i * 6, y, 5, 10, "#d4a72c", null, false);
        if (partitions > cells) canvas.text(x + cells * 6 + 3, y + 9, 9, "#3d444d", false, "+" + (partitions - cells));
    }
}
