package dev.cdcarchitect.topology.layout;

import java.util.List;
import java.util.Map;

/**
 * The computed layout: one box per node, the Kafka Connect frame (null when the design has no Connect cluster)
 * and the size of the whole diagram. Drawing is the view's job.
 */
public record DiagramLayout(Map<String, NodeBox> boxes, NodeBox frame, double width, double height) {

    public DiagramLayout {
        boxes = Map.copyOf(boxes);
    }

    public DiagramLayout(Map<String, NodeBox> boxes, double width, double height) {
        this(boxes, null, width, height);
    }

    public static final DiagramLayout EMPTY = new DiagramLayout(Map.of(), 0, 0);

    public NodeBox box(String id) {
        return boxes.get(id);
    }

    public List<NodeBox> all() {
        return List.copyOf(boxes.values());
    }
}
