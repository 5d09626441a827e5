package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.GroupAssignments;
import dev.cdcarchitect.topology.RangeAssignment;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;

/**
 * Draws the pipeline from the topology and the coordinates the layout computed; zoom (wheel, buttons, fit),
 * pan by dragging or the scroll bars, tooltips with each node's key settings, selection and highlighting.
 */
public final class TopologyView extends Region {

    /** The smallest font in a node (.node-kind and .node-detail in workbench.css); fit keeps it readable. */
    private static final double SMALLEST_FONT_PX = 11;

    private final Group content = new Group();
    private final DiagramViewport viewport = new DiagramViewport(this, SMALLEST_FONT_PX);
    private final DiagramLegend legend = new DiagramLegend();
    private final DiagramScrollBars scrollBars = new DiagramScrollBars(this, viewport, () -> legend.getHeight() + 8);
    private final Map<String, StackPane> nodes = new HashMap<>();
    private final Map<String, TopologyNode> model = new HashMap<>();
    private final Map<String, NodeCard> parts = new HashMap<>();
    private final EdgeViews edges = new EdgeViews();
    private final Pane boxLayer = new Pane();
    private final Pane groupLayer = new Pane();
    private BiConsumer<String, List<String>> onSelect = (id, decisions) -> { };
    private double dragX;
    private double dragY;
    private DiagramLayout layout = DiagramLayout.EMPTY;
    private Topology shown;
    private List<String> highlighted = List.of();
    private Map<String, List<RangeAssignment.Member>> assignments = Map.of();

    /** Opens the diagram in its own window (the overlay button does the same). */
    public static final KeyCodeCombination OPEN_IN_WINDOW =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final DiagramActions actions;
    private DiagramWindow window;

    public TopologyView() {
        this(true);
    }

    /** {@code dockable}: the workbench's view, which can open itself in a window; the window's own view cannot. */
    TopologyView(boolean dockable) {
        getStyleClass().add("topology-view");
        // Fixed size hints: the diagram's own extent must not drive the window layout (and measuring it is costly).
        setMinSize(200, 150);
        setPrefSize(600, 600);
        groupLayer.setMouseTransparent(true);
        content.getTransforms().addAll(viewport.pan(), viewport.scale());
        getChildren().addAll(content, legend);
        getChildren().addAll(scrollBars.views()); // docked pane and window alike
        actions = dockable ? new DiagramActions(this::openInWindow) : null;
        if (dockable) {
            getChildren().add(actions);
            viewport.setTopInset(() -> actions.getHeight() + 8);
            // With several diagrams in one window (Compare), the shortcut opens the first; each has its button.
            Runnable opener = this::openInWindow;
            sceneProperty().addListener((obs, old, scene) -> {
                if (old != null) old.getAccelerators().remove(OPEN_IN_WINDOW, opener);
                if (scene != null) scene.getAccelerators().putIfAbsent(OPEN_IN_WINDOW, opener);
            });
        }
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
        if (window != null) window.view().clear();
        content.getChildren().clear();
        nodes.clear();
        model.clear();
        parts.clear();
        edges.clear();
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
        shown = topology;
        if (window != null) window.view().show(topology, computed);
        layout = computed;
        assignments = GroupAssignments.of(topology);
        viewport.setContentSize(computed.width(), computed.height());
        if (content.getChildren().isEmpty()) content.getChildren().addAll(groupLayer, edges.layer(), boxLayer);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TopologyNode node : topology.nodes()) {
            NodeBox box = computed.box(node.id());
            if (box == null) continue;
            seen.add(node.id());
            NodeCard existing = parts.get(node.id());
            List<RangeAssignment.Member> members = assignments.getOrDefault(node.id(), List.of());
            if (existing != null && existing.kind == node.kind()) {
                existing.update(node, box, members);
            } else {
                if (existing != null) boxLayer.getChildren().remove(existing.view);
                NodeCard created = new NodeCard(node, this::clicked);
                created.update(node, box, members);
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
        group.showIn(groupLayer);
        List<CubicCurve> curves = new java.util.ArrayList<>();
        for (TopologyEdge edge : topology.edges()) {
            NodeBox from = computed.box(edge.from());
            NodeBox to = computed.box(edge.to());
            if (from == null || to == null || group.shows(edge)) continue;
            curves.add(NodeShapes.edgeView(edge, from, to));
        }
        edges.show(curves);
        legend.show(topology);
    }

    private void clicked(String id) {
        select(id);
        TopologyNode current = model.get(id);
        onSelect.accept(id, current == null ? List.of() : current.decisionIds());
    }

    public void select(String nodeId) {
        if (window != null) window.view().select(nodeId);
        nodes.forEach((id, view) -> view.getStyleClass().remove("node-selected"));
        StackPane view = nodes.get(nodeId);
        if (view != null) view.getStyleClass().add("node-selected");
    }

    /** Highlights every node configured by one of these decisions. */
    public void highlight(List<String> decisionIds) {
        highlighted = List.copyOf(decisionIds);
        if (window != null) window.view().highlight(decisionIds);
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

    /**
     * Shows this diagram in its own window, over the workbench and at its size, following every redraw and
     * selection here; a second call brings the open window to the front.
     */
    public void openInWindow() {
        if (window != null) {
            window.toFront();
            return;
        }
        if (getScene() == null || getScene().getWindow() == null) return;
        window = new DiagramWindow(this);
        if (shown != null) window.view().show(shown, layout);
        window.view().highlight(highlighted);
        window.open();
        List<String> selected = nodes.entrySet().stream().filter(e -> e.getValue().getStyleClass().contains("node-selected"))
                .map(Map.Entry::getKey).toList();
        if (!selected.isEmpty()) window.view().select(selected.get(0));
    }

    /** The diagram's own window's view while it is open, else null. */
    public TopologyView windowView() {
        return window == null ? null : window.view();
    }

    void forwardSelection(String id, List<String> decisions) { onSelect.accept(id, decisions); }

    void detached(DiagramWindow closed) {
        if (window == closed) window = null;
        requestFocus();
    }

    /** Adds a control over the diagram's top-right corner, before "Open in window" (the docked view only). */
    public void addAction(javafx.scene.control.ButtonBase control) {
        if (actions != null) actions.addFirst(control);
    }

    @Override
    protected void layoutChildren() {
        // content is positioned by its transforms; the legend keeps to the bottom-left corner, the buttons top-right
        legend.autosize();
        legend.relocate(8, getHeight() - legend.getHeight() - 8 - scrollBars.bottomInset());
        scrollBars.layout();
        if (actions != null) {
            actions.autosize();
            actions.relocate(getWidth() - actions.getWidth() - 8, 8);
        }
    }
}
