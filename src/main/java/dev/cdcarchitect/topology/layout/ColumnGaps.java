package dev.cdcarchitect.topology.layout;

import dev.cdcarchitect.domain.TopologyEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Widens the space between two neighbouring columns until every edge drawn across it keeps {@link #CLEARANCE} from
 * the boxes it does not link. An edge curve is level at both ends, so one that climbs far within a narrow gap runs
 * up beside the boxes stacked over (or under) its end, a few pixels off their outlines: a consumer group's edge
 * down to the topics under the Connect frame read as coming out of the groups below it, a connector's edge to the
 * last of its topics grazed the topics above that one. A wider gap turns the climb into a slope that keeps clear.
 */
final class ColumnGaps {

    /**
     * More than the space between two boxes of a column: an edge nearer a box than its neighbours are reads as
     * touching it. (Half the usual gap, 20, would widen the seed diagram past a 1440 px window at readable size.)
     */
    static final double CLEARANCE = ConnectBandPlacement.NODE_SPACING + 2;
    private static final double STEP = 4;
    /** Past this a gap wastes more room than it gains. */
    private static final double MAX_EXTRA = 4 * ConnectBandPlacement.RANK_SPACING;

    private ColumnGaps() {}

    /**
     * The boxes moved right by what the gaps before their column gained. {@code drawn}: the edges the diagram
     * draws (not those the Connect frame shows); only those between neighbouring columns are routed by the gap.
     */
    static Map<String, NodeBox> widen(Map<String, NodeBox> boxes, Map<String, Integer> column, int columns,
            List<TopologyEdge> edges, Predicate<TopologyEdge> drawn) {
        double[] offset = new double[columns];
        for (int c = 0; c + 1 < columns; c++) {
            final int left = c;
            List<TopologyEdge> across = edges.stream().filter(drawn).filter(e -> column.containsKey(e.from()) && column.containsKey(e.to()))
                    .filter(e -> Math.min(column.get(e.from()), column.get(e.to())) == left && Math.abs(column.get(e.from()) - column.get(e.to())) == 1)
                    .toList();
            if (across.isEmpty()) {
                offset[c + 1] = offset[c];
                continue;
            }
            List<NodeBox> beside = new ArrayList<>();
            for (NodeBox box : boxes.values()) {
                int col = column.get(box.id());
                if (col == c || col == c + 1) beside.add(box);
            }
            double extra = 0;
            while (extra < MAX_EXTRA && !keepsClear(across, beside, column, c, offset[c], offset[c] + extra, boxes)) extra += STEP;
            offset[c + 1] = offset[c] + extra;
        }
        Map<String, NodeBox> moved = new LinkedHashMap<>();
        for (NodeBox box : boxes.values()) moved.put(box.id(), shifted(box, offset[column.get(box.id())]));
        return moved;
    }

    private static boolean keepsClear(List<TopologyEdge> across, List<NodeBox> beside, Map<String, Integer> column, int left,
            double leftShift, double rightShift, Map<String, NodeBox> boxes) {
        for (TopologyEdge edge : across) {
            NodeBox from = moved(boxes.get(edge.from()), column, left, leftShift, rightShift);
            NodeBox to = moved(boxes.get(edge.to()), column, left, leftShift, rightShift);
            double[][] points = points(EdgePath.between(from, to));
            for (NodeBox other : beside) {
                if (other.id().equals(edge.from()) || other.id().equals(edge.to())) continue;
                if (closestApproach(points, moved(other, column, left, leftShift, rightShift)) < CLEARANCE + SAMPLING_ERROR) return false;
            }
        }
        return true;
    }

    /** The curve's points are sampled at most 2 px apart, so the true closest approach is at most 1 px nearer. */
    private static final double SAMPLING_ERROR = 1;

    /** Points of the curve at most 2 px apart (its length is at most its control polygon's): xs, then ys. */
    static double[][] points(EdgePath path) {
        double polygon = Math.hypot(path.c1x() - path.x1(), path.c1y() - path.y1()) + Math.hypot(path.c2x() - path.c1x(), path.c2y() - path.c1y())
                + Math.hypot(path.x2() - path.c2x(), path.y2() - path.c2y());
        int samples = (int) Math.ceil(polygon / 2) + 1;
        double[][] points = new double[2][samples + 1];
        for (int i = 0; i <= samples; i++) {
            double[] p = path.at((double) i / samples);
            points[0][i] = p[0];
            points[1][i] = p[1];
        }
        return points;
    }

    /** The shortest distance between the sampled points and the box; 0 inside it. */
    static double closestApproach(double[][] points, NodeBox box) {
        double closest = Double.MAX_VALUE;
        double[] xs = points[0];
        double[] ys = points[1];
        for (int i = 0; i < xs.length; i++) {
            double dy = Math.max(0, Math.max(box.y() - ys[i], ys[i] - box.y() - box.height()));
            if (dy >= closest) continue; // cheaper than the rest for the many points far above or below the box
            double dx = Math.max(0, Math.max(box.x() - xs[i], xs[i] - box.x() - box.width()));
            closest = Math.min(closest, Math.hypot(dx, dy));
        }
        return closest;
    }

    private static NodeBox moved(NodeBox box, Map<String, Integer> column, int left, double leftShift, double rightShift) {
        return shifted(box, column.get(box.id()) == left ? leftShift : rightShift);
    }

    private static NodeBox shifted(NodeBox box, double dx) {
        return dx == 0 ? box : new NodeBox(box.id(), box.x() + dx, box.y(), box.width(), box.height());
    }
}
