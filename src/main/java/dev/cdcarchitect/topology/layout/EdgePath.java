package dev.cdcarchitect.topology.layout;

/**
 * The curve an edge is drawn as, from the right side of one box to the left side of the next (or, backwards, from the
 * left side to the right side), for the window and the exports alike: a cubic Bézier curve whose control points pull
 * it level out of and into the boxes.
 */
public record EdgePath(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {

    /**
     * One rule for the window and the exports, so the layout can keep the curves clear of the boxes they pass. The
     * control points are level with the ends, each as far across as the other end: the curve leaves and enters its
     * boxes level, and its climb stays near the middle of the gap, as far from the boxes on either side as one
     * curve can keep (with the control points half-way across it climbed along the boxes beside its end).
     */
    public static EdgePath between(NodeBox from, NodeBox to) {
        double x1 = from.x() + from.width();
        double y1 = from.centerY();
        double x2 = to.x();
        double y2 = to.centerY();
        if (x2 < x1) { // a backwards edge (e.g. a group reading a topic to its left): from the left side instead
            x1 = from.x();
            x2 = to.x() + to.width();
        }
        return new EdgePath(x1, y1, x2, y1, x1, y2, x2, y2);
    }

    /** The point at {@code t} (0 at the start, 1 at the end): {x, y}. */
    public double[] at(double t) {
        double u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        return new double[] {a * x1 + b * c1x + c * c2x + d * x2, a * y1 + b * c1y + c * c2y + d * y2};
    }

    /** The same curve moved by (dx, dy), as a drawing with a margin places it. */
    public EdgePath shifted(double dx, double dy) {
        return new EdgePath(x1 + dx, y1 + dy, c1x + dx, c1y + dy, c2x + dx, c2y + dy, x2 + dx, y2 + dy);
    }
}
