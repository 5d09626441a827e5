package dev.cdcarchitect.topology.layout;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the boxes in columns, left to right by data flow, with the Kafka Connect frame as a band across the top:
 * the source connector, the cluster with its internal topics, the sink connectors and their groups share the band,
 * and everything else in the columns the band spans (the data topics first) goes below it. A box in the band that
 * writes below it (the source connector) sits lower than the band's boxes in the next column, under the cluster. A rectangle around
 * connectors in the second and fifth column could otherwise only be drawn around the topics between them too.
 * Outside the band each box is pulled level with the boxes it is linked to; the order inside a column is the
 * hierarchical layout's, which keeps edges from crossing.
 */
final class ConnectBandPlacement {

    static final double RANK_SPACING = 40;
    static final double NODE_SPACING = 14;
    /** Space between the frame's outline and the boxes inside it. */
    static final double FRAME_PADDING = 8;
    /** Space between the frame's outline and the first box below it. */
    static final double BELOW_FRAME = 22;

    private final Topology topology;
    private final NodeSizes sizes;
    private final Map<String, Double> order;
    private final Set<String> members;

    /** {@code order}: each node's position along its column from the hierarchical layout. */
    ConnectBandPlacement(Topology topology, NodeSizes sizes, Map<String, Double> order) {
        this.topology = topology;
        this.sizes = sizes;
        this.order = order;
        this.members = ConnectFrame.members(topology);
    }

    DiagramLayout place() {
        Map<String, Integer> column = columns();
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double[] left = new double[columns];
        // The frame reaches FRAME_PADDING left of its first column: room for it only when that is the first column.
        boolean frameAtLeft = members.stream().anyMatch(id -> column.get(id) == 0);
        double x = frameAtLeft ? FRAME_PADDING : 0;
        for (int c = 0; c < columns; c++) {
            left[c] = x;
            final int col = c;
            x += topology.nodes().stream().filter(n -> column.get(n.id()) == col).mapToDouble(sizes::width).max().orElse(0)
                    + RANK_SPACING;
        }
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        int bandFrom = members.stream().mapToInt(column::get).min().orElse(Integer.MAX_VALUE);
        int bandTo = members.stream().mapToInt(column::get).max().orElse(-1);
        Set<String> writingDown = writingBelowTheBand(column, bandFrom, bandTo);
        // Right to left: a box that writes below the band goes lower than the band's boxes in the next column, so
        // its edges leave the frame beside no box (not down the narrow gap between the cluster and the topics).
        double[] bottom = new double[columns];
        for (int c = columns - 1; c >= 0; c--) {
            double y = FRAME_PADDING;
            double next = c + 1 < columns ? bottom[c + 1] : 0;
            List<TopologyNode> inBand = inColumn(column, c, true);
            for (boolean down : new boolean[] {false, true}) {
                for (TopologyNode node : inBand) {
                    if (writingDown.contains(node.id()) != down) continue;
                    double height = sizes.height(node);
                    double top = down ? Math.max(y, next + NODE_SPACING - height / 2) : y;
                    boxes.put(node.id(), new NodeBox(node.id(), left[c], top, sizes.width(node), height));
                    y = top + height + NODE_SPACING;
                    bottom[c] = y - NODE_SPACING;
                }
            }
        }
        double bandBottom = FRAME_PADDING;
        for (double b : bottom) bandBottom = Math.max(bandBottom, b);
        double belowBand = bandBottom + FRAME_PADDING + BELOW_FRAME;
        for (int c = 0; c < columns; c++) {
            double y = !members.isEmpty() && c >= bandFrom && c <= bandTo ? belowBand : FRAME_PADDING;
            for (TopologyNode node : inColumn(column, c, false)) {
                double height = sizes.height(node);
                double wanted = levelWithNeighbours(node, boxes, height);
                double top = Double.isNaN(wanted) ? y : Math.max(y, wanted);
                boxes.put(node.id(), new NodeBox(node.id(), left[c], top, sizes.width(node), height));
                y = top + height + NODE_SPACING;
            }
        }
        // The sink connectors then move level with what they write to (a target and a dead-letter topic each,
        // stacked to the right of them): otherwise that column grows past its connectors, packed at the top of the
        // band, and their edges all climb down one narrow gap together.
        if (bandTo + 1 < columns) levelWithTheRight(boxes, column, bandTo, bandBottom, writingDown);
        // Heights never depend on the gaps, so the gaps are widened once every box has its height.
        boxes = ColumnGaps.widen(boxes, column, columns, topology.edges(), edge -> !ConnectFrame.shownByFrame(edge, members));
        NodeBox frame = members.isEmpty() ? null : frame(boxes);
        double width = 0;
        double height = 0;
        for (NodeBox box : boxes.values()) {
            width = Math.max(width, box.x() + box.width());
            height = Math.max(height, box.y() + box.height());
        }
        return new DiagramLayout(boxes, frame, width + 20, height + 20);
    }

    /**
     * Moves the band's boxes in column {@code c} level with the boxes right of the band they are linked to, keeping
     * their order and spacing and staying inside the band (above {@code bandBottom}).
     */
    private void levelWithTheRight(Map<String, NodeBox> boxes, Map<String, Integer> column, int c, double bandBottom, Set<String> writingDown) {
        List<NodeBox> band = inColumn(column, c, true).stream().map(n -> boxes.get(n.id())).toList();
        if (band.isEmpty() || band.stream().anyMatch(b -> writingDown.contains(b.id()))) return;
        double[] tops = new double[band.size()];
        double y = FRAME_PADDING;
        for (int i = 0; i < band.size(); i++) {
            NodeBox box = band.get(i);
            List<Double> centres = new ArrayList<>();
            for (TopologyEdge edge : topology.edges()) {
                if (edge.kind() == EdgeKind.RUNS_ON) continue;
                String other = edge.from().equals(box.id()) ? edge.to() : edge.to().equals(box.id()) ? edge.from() : null;
                if (other != null && column.get(other) == c + 1 && !members.contains(other)) centres.add(boxes.get(other).centerY());
            }
            double wanted = centres.isEmpty() ? box.y() : centres.stream().mapToDouble(Double::doubleValue).average().orElseThrow() - box.height() / 2;
            tops[i] = Math.max(y, wanted);
            y = tops[i] + box.height() + NODE_SPACING;
        }
        // Bottom up: no box below the band's bottom, so the frame and what lies under it stay where they are.
        double limit = bandBottom;
        for (int i = band.size() - 1; i >= 0; i--) {
            NodeBox box = band.get(i);
            tops[i] = Math.min(tops[i], limit - box.height());
            limit = tops[i] - NODE_SPACING;
            boxes.put(box.id(), new NodeBox(box.id(), box.x(), tops[i], box.width(), box.height()));
        }
    }

    /** Longest path from the pipeline's start; the Connect cluster moves to the first column that runs on it. */
    private Map<String, Integer> columns() {
        Map<String, Integer> column = new HashMap<>();
        for (TopologyNode node : topology.nodes()) column.put(node.id(), 0);
        List<TopologyEdge> flow = topology.edges().stream().filter(e -> e.kind() != EdgeKind.RUNS_ON)
                .filter(e -> column.containsKey(e.from()) && column.containsKey(e.to())).toList();
        // At most one pass per node: a cycle (which a pipeline has not) cannot loop for ever.
        for (int pass = 0; pass < topology.nodes().size(); pass++) {
            boolean changed = false;
            for (TopologyEdge edge : flow) {
                if (column.get(edge.to()) < column.get(edge.from()) + 1) {
                    column.put(edge.to(), column.get(edge.from()) + 1);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        ConnectFrame.cluster(topology).ifPresent(cluster -> {
            int first = members.stream().filter(id -> !isState(id) && !id.equals(cluster)).mapToInt(column::get).min()
                    .orElse(column.get(cluster));
            column.put(cluster, first);
            for (String id : members) if (isState(id)) column.put(id, first + 1);
        });
        return column;
    }

    private boolean isState(String id) {
        return kind(id) == NodeKind.CONNECT_INTERNAL_TOPIC;
    }

    /** One column's boxes, in the band or not; in the band what runs on Connect comes first, then its state. */
    private List<TopologyNode> inColumn(Map<String, Integer> column, int c, boolean band) {
        Comparator<TopologyNode> byOrder = Comparator.comparingDouble(n -> order.getOrDefault(n.id(), 0.0));
        Comparator<TopologyNode> byRole = Comparator.comparingInt(n -> switch (n.kind()) {
            case CONNECT_CLUSTER -> 1;
            case CONNECT_INTERNAL_TOPIC -> 2;
            default -> 0;
        });
        return topology.nodes().stream().filter(n -> column.get(n.id()) == c && members.contains(n.id()) == band)
                .sorted(byRole.thenComparing(byOrder).thenComparing(TopologyNode::id)).toList();
    }

    /** What runs on Connect and writes to a box placed below the band (the source connector to its topics). */
    private Set<String> writingBelowTheBand(Map<String, Integer> column, int bandFrom, int bandTo) {
        Set<String> writing = new java.util.HashSet<>();
        for (TopologyEdge edge : topology.edges()) {
            // A group's reading is drawn back to its topic and the group column is the band's tallest: it stays.
            if (edge.kind() == EdgeKind.RUNS_ON || edge.kind() == EdgeKind.CONSUMES) continue;
            if (!members.contains(edge.from()) || members.contains(edge.to())) continue;
            int c = column.get(edge.to());
            if (c >= bandFrom && c <= bandTo) writing.add(edge.from());
        }
        return writing;
    }

    /** The top that centres a box on the boxes already placed that it is linked to; NaN when there are none. */
    private double levelWithNeighbours(TopologyNode node, Map<String, NodeBox> placed, double height) {
        List<Double> centres = new ArrayList<>();
        for (TopologyEdge edge : topology.edges()) {
            if (edge.kind() == EdgeKind.RUNS_ON) continue;
            String other = edge.to().equals(node.id()) ? edge.from() : edge.from().equals(node.id()) ? edge.to() : null;
            if (other != null && placed.containsKey(other)) centres.add(placed.get(other).centerY());
        }
        return centres.isEmpty() ? Double.NaN : centres.stream().mapToDouble(Double::doubleValue).average().orElseThrow() - height / 2;
    }

    private NodeBox frame(Map<String, NodeBox> boxes) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (String id : members) {
            NodeBox b = boxes.get(id);
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        return new NodeBox("connect-frame", minX - FRAME_PADDING, minY - FRAME_PADDING,
                maxX - minX + 2 * FRAME_PADDING, maxY - minY + 2 * FRAME_PADDING);
    }

    private NodeKind kind(String id) {
        return topology.nodes().stream().filter(n -> n.id().equals(id)).map(TopologyNode::kind).findFirst().orElse(null);
    }
}
