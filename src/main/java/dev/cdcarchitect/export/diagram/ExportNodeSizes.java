package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.NameLines;
import dev.cdcarchitect.topology.layout.NodeSizes;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * Box sizes for the exported diagrams (SVG, PNG, PDF): the fixed width, and a box as much taller as its name needs
 * lines. Names are wrapped by the window's rule ({@link NameLines}), measured in the embedded bold DejaVu font the
 * painter draws them with, so the full name always fits and nothing is cut.
 */
public final class ExportNodeSizes implements NodeSizes {

    /** The name's font size and the distance between its lines, in diagram pixels. */
    static final double TITLE_SIZE = 10.5;
    static final double TITLE_LINE = 13;
    /** Where text starts inside a box; the same room is kept free at the right. */
    static final double INSET = 6;
    private static final double TITLE_WRAP = TopologyLayout.NODE_WIDTH - 2 * INSET;
    // Fractional metrics, as the PNG and PDF canvases draw.
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font TITLE_FONT = DiagramFonts.of(true, TITLE_SIZE);

    @Override
    public double width(TopologyNode node) {
        return NodeSizes.FIXED.width(node);
    }

    @Override
    public double height(TopologyNode node) {
        return NodeSizes.FIXED.height(node) + extraHeight(titleLines(node.label()));
    }

    /** How much taller than a one-line name's box the box of a name on these lines is. */
    static double extraHeight(List<String> titleLines) {
        return (titleLines.size() - 1) * TITLE_LINE;
    }

    /** The name as the exported box shows it, one entry per line. */
    static List<String> titleLines(String label) {
        return NameLines.wrap(label, text -> TITLE_FONT.getStringBounds(text, FRC).getWidth(), TITLE_WRAP);
    }
}
