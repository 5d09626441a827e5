package dev.cdcarchitect.topology.layout;

import dev.cdcarchitect.domain.TopologyNode;

/**
 * How big each box is, decided by whoever draws it: the exports keep fixed boxes, the window grows a box to hold
 * its full name at a readable font size.
 */
public interface NodeSizes {

    double width(TopologyNode node);

    double height(TopologyNode node);

    /** The fixed boxes the exported diagrams (SVG, PDF, DOT) are drawn with. */
    NodeSizes FIXED = new NodeSizes() {
        @Override
        public double width(TopologyNode node) {
            return TopologyLayout.NODE_WIDTH;
        }

        @Override
        public double height(TopologyNode node) {
            return TopologyLayout.height(node);
        }
    };
}
