package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws the pipeline from the topology and the coordinates the layout computed; zoom (wheel, buttons, fit),
 * pan by dragging, tooltips with each node's key settings, selection and highlighting.
 */
public final class TopologyView extends Region {

    private static final NameWrapper NAMES = new NameWrapper();
    /** As .node-title in workbench.css; set here too because names are wrapped before the node is styled. */
    private static final javafx.scene.text.Font TITLE_FONT = javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, 12);

    /** The smallest font in a node (.node-kind and .node-detail in workbench.css); fit keeps it readable. */
    private static final double SMALLEST_FONT_PX = 11;

    private final Group content = new Group();
    private final DiagramViewport viewport = new DiagramViewport(this, SMALLEST_FONT_PX);
    private final DiagramLegend legend = new DiagramLegend();
    private final Map<String, StackPane> nodes = new HashMap<>();
    private final Map<String, TopologyNode> model = new HashMap<>();
    private final Map<String, NodeParts> parts = new HashMap<>();
    private final Pane edgeLayer = new Pane();
    private final Pane boxLayer = new Pane();
    private final Pane groupLayer = new Pane();
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
        groupLayer.setMouseTransparent(true);
        content.getTransforms().addAll(viewport.pan(), viewport.scale());
        getChildren().addAll(content, legend);
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) viewport.zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        });
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX() - viewport.pan().getX();
            dragY = e.getY() - viewport.pan().getY();
        });
        setOnMouseDragged(e -> viewport.panTo(e.getX() - dragX, e.getY() - dragY));
        // Node clicks are consumed by the node; a click that reaches the pane (and was no drag) hit empty space.
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) clearSelection();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                clearSelection();
                e.consume();
            }
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
        groupLayer.getChildren().clear();
        layout = DiagramLayout.EMPTY;
        viewport.setContentSize(0, 0);
    }

    /**
     * Shows a topology at the computed coordinates. Node views of the previous diagram are reused by id (texts
     * and positions updated), so a redraw after a small edit creates almost no new nodes.
     */
    public void show(Topology topology, DiagramLayout computed) {
        layout = computed;
        viewport.setContentSize(computed.width(), computed.height());
        if (content.getChildren().isEmpty()) content.getChildren().addAll(groupLayer, edgeLayer, boxLayer);
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
        ConnectGroup group = ConnectGroup.of(topology, computed);
        groupLayer.getChildren().setAll(group.views());
        List<CubicCurve> curves = new java.util.ArrayList<>();
        for (TopologyEdge edge : topology.edges()) {
            // What runs on the cluster points at the group drawn around it, not at its title box.
            NodeBox from = computed.box(edge.from());
            NodeBox to = edge.kind() == EdgeKind.RUNS_ON ? group.boxFor(edge.to()) : computed.box(edge.to());
            if (from == null || to == null) continue;
            curves.add(NodeShapes.edgeView(edge, from, to));
        }
        edgeLayer.getChildren().setAll(curves);
        legend.show(topology);
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
        String shownLabel;

        NodeParts(TopologyNode node, NodeBox box) {
            kind = node.kind();
            title = NodeShapes.text("", "node-title");
            // The full name, wrapped inside the box the layout sized for it (ReadableNodeSizes), never cut.
            title.setWrappingWidth(ReadableNodeSizes.TITLE_WRAP);
            title.setFont(TITLE_FONT);
            detail = NodeShapes.text("", "node-detail");
            lines = new VBox(1, NodeShapes.text(NodeCaptions.kind(node), "node-kind"), title, detail);
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
            // Wrapped by us at the name's own separators; the text keeps every character of the name.
            if (!node.label().equals(shownLabel)) {
                title.setText(NAMES.wrap(node.label(), TITLE_FONT, ReadableNodeSizes.TITLE_WRAP));
                shownLabel = node.label();
            }
            detail.setText(NodeCaptions.detail(node));
            // An empty line would still take its height, and ReadableNodeSizes gives it none.
            detail.setManaged(!detail.getText().isEmpty());
            detail.setVisible(detail.isManaged());
            if (node.partitions() != partitions && (kind == NodeKind.DATA_TOPIC || kind == NodeKind.TOPIC_GROUP)) {
                if (band != null) lines.getChildren().remove(band);
                band = NodeShapes.partitionBand(node.partitions());
                lines.getChildren().add(band);
            }
            partitions = node.partitions();
            view.relocate(box.x(), box.y());
            view.setPrefSize(box.width(), box.height());
            view.setMaxSize(box.width(), box.height());
            view.setAccessibleText(NodeCaptions.kind(node) + " " + node.label());
            tooltip.setText(NodeShapes.tooltip(node));
        }
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

    /** Nothing selected: the node, and the decisions it highlighted in the spec, are released. */
    public void clearSelection() {
        select(null);
        onSelect.accept(null, List.of());
    }

    public double zoom() {
        return viewport.zoom();
    }

    /** The least zoom at which every label is at least 11 px on screen; fit never goes below it. */
    public double readableZoom() {
        return viewport.readableZoom();
    }

    public void zoomBy(double factor) {
        viewport.zoomBy(factor);
    }

    /** Zooms keeping the diagram point under (x, y) of this pane in place (the wheel does this at the cursor). */
    public void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
    }

    public void fit() {
        viewport.fit();
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
        // content is positioned by its transforms; only the legend keeps to the bottom-left corner
        legend.autosize();
        legend.relocate(8, getHeight() - legend.getHeight() - 8);
    }
}
