package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.Locale;

/**
 * The pipeline diagram as a standalone SVG document, drawn from the topology and its JGraphX layout (the same
 * coordinates as the window). Self-contained: no scripts, no external references, generic font families.
 */
public final class SvgDiagramWriter {

    private static final double MARGIN = 10;

    public String write(Topology topology, DiagramLayout layout) {
        double width = layout.width() + 2 * MARGIN;
        double height = layout.height() + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n")
                .append("<title>CDC pipeline</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<g transform=\"translate(").append(num(MARGIN)).append(',').append(num(MARGIN)).append(")\">\n");
        for (TopologyEdge edge : topology.edges()) edge(svg, edge, layout);
        for (TopologyNode node : topology.nodes()) node(svg, node, layout.box(node.id()));
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void edge(StringBuilder svg, TopologyEdge edge, DiagramLayout layout) {
        NodeBox from = layout.box(edge.from());
        NodeBox to = layout.box(edge.to());
        if (from == null || to == null) return;
        double x1 = from.x() + from.width();
        double y1 = from.centerY();
        double x2 = to.x();
        double y2 = to.centerY();
        if (x2 < x1) { // a backwards edge (e.g. into the Connect cluster): from the left side instead
            x1 = from.x();
            x2 = to.x() + to.width();
        }
        double bend = (x2 - x1) / 2;
        String stroke = switch (edge.kind()) {
            case DEAD_LETTERS -> "#cf222e";
            case REGISTERS_SCHEMA -> "#8250df";
            case RUNS_ON -> "#c7ccd1";
            default -> "#57606a";
        };
        svg.append("<path d=\"M").append(num(x1)).append(',').append(num(y1)).append(" C").append(num(x1 + bend)).append(',')
                .append(num(y1)).append(' ').append(num(x2 - bend)).append(',').append(num(y2)).append(' ').append(num(x2)).append(',')
                .append(num(y2)).append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        if (edge.kind() == EdgeKind.DEAD_LETTERS || edge.kind() == EdgeKind.RUNS_ON) svg.append(" stroke-dasharray=\"4 3\"");
        svg.append("/>\n");
    }

    private static void node(StringBuilder svg, TopologyNode node, NodeBox box) {
        if (box == null) return;
        NodePalette palette = NodePalette.of(node.kind());
        svg.append("<g id=\"").append(Xml.escape(node.id())).append("\">\n");
        svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"").append(num(box.width()))
                .append("\" height=\"").append(num(box.height())).append("\" fill=\"").append(palette.fill()).append("\" stroke=\"")
                .append(palette.stroke()).append("\" stroke-width=\"1.2\"");
        if (palette.dashed()) svg.append(" stroke-dasharray=\"4 3\"");
        svg.append("/>\n");
        double x = box.x() + 6;
        text(svg, x, box.y() + 13, 8.5, "#57606a", false, NodeCaptions.kind(node));
        text(svg, x, box.y() + 28, 10.5, "#1f2328", true, clip(node.label(), 24));
        String detail = NodeCaptions.detail(node);
        if (!detail.isEmpty()) text(svg, x, box.y() + 42, 9.5, "#3d444d", false, detail);
        if (node.partitions() > 1 && box.height() > 60) partitionBand(svg, node.partitions(), x, box.y() + box.height() - 18);
        svg.append("</g>\n");
    }

    /** One small cell per partition (up to 24, then "+N"), as in the window. */
    private static void partitionBand(StringBuilder svg, int partitions, double x, double y) {
        int cells = Math.min(partitions, 24);
        for (int i = 0; i < cells; i++) {
            svg.append("<rect x=\"").append(num(x + i * 6)).append("\" y=\"").append(num(y)).append("\" width=\"5\" height=\"10\" fill=\"#d4a72c\"/>\n");
        }
        if (partitions > cells) text(svg, x + cells * 6 + 3, y + 9, 9, "#3d444d", false, "+" + (partitions - cells));
    }

    private static void text(StringBuilder svg, double x, double y, double size, String color, boolean bold, String content) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append("\" fill=\"").append(color).append('"');
        if (bold) svg.append(" font-weight=\"bold\"");
        svg.append('>').append(Xml.escape(content)).append("</text>\n");
    }

    private static String clip(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
