package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Draws the pipeline from the topology and the coordinates the layout computed; zoom (wheel, buttons, fit),
 * pan by dragging, tooltips with each node's key settings, selection and highlighting.
 */
public final class TopologyView extends Region {

    private static final int MAX_PARTITION_CELLS = 24;
    private static final Color PARTITION_COLOR = Color.web("#d4a72c");

    private final Group content = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<String, StackPane> nodes = new HashMap<>();
    private final Map<String, TopologyNode> model = new HashMap<>();
    private final Map<String, NodeParts> parts = new HashMap<>();
    private final Pane edgeLayer = new Pane();
    private final Pane boxLayer = new Pane();
    private BiConsumer<String, List<String>> onSelect = (id, decisions) -> { };
    private double dragX;
    private double dragY;
    private DiagramLayout layout = DiagramLayout.EMPTY;

    public TopologyView() {
        getStyleClass().add("topology-view");
        edgeLayer.setMouseTransparent(true);
        // Fixed size hints: the diagram's own extent must not drive the window layout (and measuring it is costly).
        setMinSize(200, 150);
        setPrefSize(600, 600);
        content.getTransforms().addAll(pan, scale);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setOnScroll(e -> zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
        setOnMousePressed(e -> {
            dragX = e.getX() - pan.getX();
            dragY = e.getY() - pan.getY();
        });
        setOnMouseDragged(e -> {
            pan.setX(e.getX() - dragX);
            pan.setY(e.getY() - dragY);
        });
        setAccessibleText("Pipeline diagram");
    }

    public void setOnSelect(BiConsumer<String, List<String>> onSelect) {
        this.onSelect = onSelect;
    }

    public void clear() {
        content.getChildren().clear();
        nodes.clear();
        model.clear();
        parts.clear();
        edgeLayer.getChildren().clear();
        boxLayer.getChildren().clear();
        layout = DiagramLayout.EMPTY;
    }

    /**
     * Shows a topology at the computed coordinates. Node views of the previous diagram are reused by id (texts
     * and positions updated), so a redraw after a small edit creates almost no new nodes.
     */
    public void show(Topology topology, DiagramLayout computed) {
        layout = computed;
        if (content.getChildren().isEmpty()) content.getChildren().addAll(edgeLayer, boxLayer);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TopologyNode node : topology.nodes()) {
            NodeBox box = computed.box(node.id());
            if (box == null) continue;
            seen.add(node.id());
            NodeParts existing = parts.get(node.id());
            if (existing != null && existing.kind == node.kind()) {
                existing.update(node, box);
            } else {
                if (existing != null) boxLayer.getChildren().remove(existing.view);
                NodeParts created = new NodeParts(node, box);
                parts.put(node.id(), created);
                nodes.put(node.id(), created.view);
                boxLayer.getChildren().add(created.view);
            }
            model.put(node.id(), node);
        }
        for (String gone : List.copyOf(parts.keySet())) {
            if (!seen.contains(gone)) {
                boxLayer.getChildren().remove(parts.remove(gone).view);
                nodes.remove(gone);
                model.remove(gone);
            }
        }
        List<CubicCurve> curves = new java.util.ArrayList<>();
        for (TopologyEdge edge : topology.edges()) {
            NodeBox from = computed.box(edge.from());
            NodeBox to = computed.box(edge.to());
            if (from == null || to == null || edge.kind() == EdgeKind.RUNS_ON) continue;
            curves.add(edgeView(edge, from, to));
        }
        edgeLayer.getChildren().setAll(curves);
    }

    /** The view of one diagram node and the parts a redraw updates in place. */
    private final class NodeParts {
        final NodeKind kind;
        final StackPane view;
        final Text title;
        final Text detail;
        final VBox lines;
        final Tooltip tooltip;
        Node band;
        int partitions = -1;

        NodeParts(TopologyNode node, NodeBox box) {
            kind = node.kind();
            title = text("", "node-title");
            detail = text("", "node-detail");
            lines = new VBox(1, text(NodeCaptions.kind(node), "node-kind"), title, detail);
            view = new StackPane(lines);
            view.getStyleClass().addAll("node", "node-" + node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            tooltip = new Tooltip();
            Tooltip.install(view, tooltip);
            String id = node.id();
            view.setOnMouseClicked(e -> {
                select(id);
                TopologyNode current = model.get(id);
                onSelect.accept(id, current == null ? List.of() : current.decisionIds());
                e.consume();
            });
            update(node, box);
        }

        void update(TopologyNode node, NodeBox box) {
            title.setText(clip(node.label(), 24));
            detail.setText(NodeCaptions.detail(node));
            if (node.partitions() != partitions && (kind == NodeKind.DATA_TOPIC || kind == NodeKind.TOPIC_GROUP)) {
                if (band != null) lines.getChildren().remove(band);
                band = partitionBand(node.partitions());
                lines.getChildren().add(band);
            }
            partitions = node.partitions();
            view.relocate(box.x(), box.y());
            view.setPrefSize(box.width(), box.height());
            view.setMaxSize(box.width(), box.height());
            view.setAccessibleText(NodeCaptions.kind(node) + " " + node.label());
            tooltip.setText(tooltip(node));
        }
    }

    private static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().add(style);
        return t;
    }

    private static String clip(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }


    /** Partitions as cells drawn on one small canvas; beyond a readable count, "+N". */
    private static javafx.scene.Node partitionBand(int partitions) {
        int cells = Math.min(partitions, MAX_PARTITION_CELLS);
        Canvas band = new Canvas(cells * 6, 8);
        GraphicsContext g = band.getGraphicsContext2D();
        g.setFill(PARTITION_COLOR);
        for (int i = 0; i < cells; i++) g.fillRect(i * 6, 0, 5, 8);
        band.getStyleClass().add("partition-band");
        if (partitions == cells) return band;
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(3, band, text("+" + (partitions - cells), "node-detail"));
        return row;
    }

    private static String tooltip(TopologyNode node) {
        StringBuilder tip = new StringBuilder(node.label());
        if (node.count() > 1) tip.append("\n").append(node.count()).append(" topics shown as one");
        for (NodeSetting s : node.settings()) tip.append("\n").append(s.key()).append(" = ").append(s.value());
        if (!node.decisionIds().isEmpty()) tip.append("\nDecisions: ").append(String.join(", ", node.decisionIds()));
        return tip.toString();
    }

    private static CubicCurve edgeView(TopologyEdge edge, NodeBox from, NodeBox to) {
        double sx = from.x() + from.width();
        double sy = from.centerY();
        double ex = to.x();
        double ey = to.centerY();
        if (ex < sx) { // backward edge (e.g. signals into the connector): leave from the left side
            sx = from.x();
            ex = to.x() + to.width();
        }
        double bend = Math.max(30, Math.abs(ex - sx) / 2);
        CubicCurve curve = new CubicCurve(sx, sy, sx + Math.signum(ex - sx) * bend, sy, ex - Math.signum(ex - sx) * bend, ey, ex, ey);
        curve.getStyleClass().addAll("edge", "edge-" + edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return curve;
    }

    public void select(String nodeId) {
        nodes.forEach((id, view) -> view.getStyleClass().remove("node-selected"));
        StackPane view = nodes.get(nodeId);
        if (view != null) view.getStyleClass().add("node-selected");
    }

    /** Highlights every node configured by one of these decisions. */
    public void highlight(List<String> decisionIds) {
        model.forEach((id, node) -> {
            StackPane view = nodes.get(id);
            view.getStyleClass().remove("node-highlight");
            if (node.decisionIds().stream().anyMatch(decisionIds::contains)) view.getStyleClass().add("node-highlight");
        });
    }

    public List<String> highlightedNodes() {
        return nodes.entrySet().stream().filter(e -> e.getValue().getStyleClass().contains("node-highlight"))
                .map(Map.Entry::getKey).sorted().toList();
    }

    public double zoom() {
        return scale.getX();
    }

    public void zoomBy(double factor) {
        double next = Math.max(0.1, Math.min(4, scale.getX() * factor));
        scale.setX(next);
        scale.setY(next);
    }

    public void fit() {
        if (layout.width() <= 0 || getWidth() <= 0 || getHeight() <= 0) return;
        double s = Math.min(getWidth() / layout.width(), getHeight() / layout.height());
        s = Math.max(0.1, Math.min(1.5, s * 0.95));
        scale.setX(s);
        scale.setY(s);
        pan.setX((getWidth() - layout.width() * s) / 2);
        pan.setY((getHeight() - layout.height() * s) / 2);
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** The on-screen node, for tests. */
    public StackPane nodeView(String id) {
        return nodes.get(id);
    }

    @Override
    protected void layoutChildren() {
        // content is positioned by its transforms; nothing to lay out
    }
}
