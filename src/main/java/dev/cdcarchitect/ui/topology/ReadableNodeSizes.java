package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.layout.NameLines;
import dev.cdcarchitect.topology.layout.NodeSizes;

/**
 * Box sizes for the window's diagram: wide enough for the kind caption and tall enough for the full name wrapped
 * at the fonts in workbench.css (.node-kind 11px, .node-title bold 12px, .node-detail 11px), so no name is cut.
 * Runs on the layout's worker thread, so it estimates the wrap from character counts instead of measuring text;
 * the estimate is deliberately generous (a box a little too tall reads fine, one too short overflows).
 */
public final class ReadableNodeSizes implements NodeSizes {

    public static final double WIDTH = 200;
    /** Padding (8 each side) and the widest border (3 each side, when selected). */
    static final double INSETS_X = 22;
    static final double INSETS_Y = 14;
    static final double TITLE_WRAP = WIDTH - INSETS_X;
    static final double SPACING = 1;
    private static final double KIND_LINE = 15;
    private static final double TITLE_LINE = 16;
    private static final double DETAIL_LINE = 15;
    private static final double PARTITION_BAND = 14;
    /** An upper bound for the advance of a bold 12px character in the usual sans fonts. */
    private static final double TITLE_CHAR = 8.2;

    @Override
    public double width(TopologyNode node) {
        return WIDTH;
    }

    @Override
    public double height(TopologyNode node) {
        double height = INSETS_Y + KIND_LINE + SPACING + titleLines(node.label()) * TITLE_LINE;
        if (!NodeCaptions.detail(node).isEmpty()) height += SPACING + DETAIL_LINE;
        if (node.kind() == NodeKind.DATA_TOPIC || node.kind() == NodeKind.TOPIC_GROUP) height += SPACING + PARTITION_BAND;
        if (node.kind() == NodeKind.CONSUMER_GROUP && node.members() > 0) height += SPACING + MemberRows.rows(node.members()) * MemberRows.ROW_HEIGHT;
        return Math.ceil(height);
    }

    /** Lines the name takes when wrapped by the shared rule, each character counted at its widest. */
    static int titleLines(String label) {
        return NameLines.wrap(label, text -> text.length() * TITLE_CHAR, TITLE_WRAP).size();
    }
}
