package dev.cdcarchitect.topology.layout;

import dev.cdcarchitect.domain.TopologyNode;

/**
 * How big each box is, decided by whoever draws it: each grows a box to hold the full name wrapped by
 * {@link NameLines} at the size it draws the name (the window at a readable font size, the exports at their own).
 */
public interface NodeSizes {

    double width(TopologyNode node);

    double height(TopologyNode node);

    /** Boxes of one width and a height per kind, for a name on one line; the exports add the lines a longer name takes. */
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
