package dev.cdcarchitect.ui.spec;

import dev.cdcarchitect.domain.DesignSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** The specification as a virtualised list: only visible rows exist as nodes. Highlights decisions by id. */
public final class SpecListView extends ListView<SpecItem> {

    private static final int MAX_CACHED_ROWS = 400;

    private final Set<String> highlighted = new HashSet<>();
    /** Rendered rows by value: a regenerated design mostly repeats earlier rows, whose nodes are reused as they are. */
    private final Map<SpecItem, Node> rendered = new HashMap<>();
    private SpecRenderer renderer;

    public SpecListView() {
        getStyleClass().add("spec-list");
        setFocusTraversable(true);
        setAccessibleText("Specification");
        setCellFactory(list -> new SpecCell());
        // Fixed size hints: otherwise every layout request anywhere in the window makes the SplitPane ask this
        // list for its preferred size, which measures every visible row's wrapped text again.
        setMinSize(250, 120);
        javafx.scene.control.Label empty = new javafx.scene.control.Label("No specification for this input.");
        empty.getStyleClass().add("spec-placeholder");
        setPlaceholder(empty);
        setPrefSize(560, 600);
    }

    public void setRenderer(SpecRenderer renderer) {
        this.renderer = renderer;
        renderer.setWidth(widthProperty());
    }

    public void show(DesignSpec spec) {
        highlighted.clear();
        if (rendered.size() > MAX_CACHED_ROWS) rendered.clear();
        // Only rows that differ are replaced, so unchanged rows are not even revisited, and the scroll position
        // is kept: while tuning an input the reader stays where they were.
        List<SpecItem> next = SpecRenderer.items(spec);
        var items = getItems();
        int common = Math.min(items.size(), next.size());
        for (int i = 0; i < common; i++) {
            if (!items.get(i).equals(next.get(i))) items.set(i, next.get(i));
        }
        if (items.size() > next.size()) items.remove(next.size(), items.size());
        else if (next.size() > common) items.addAll(next.subList(common, next.size()));
    }

    public void clear() {
        highlighted.clear();
        getItems().clear();
    }

    /** Marks these decisions and scrolls to the first of them. */
    public void highlight(List<String> decisionIds) {
        highlighted.clear();
        highlighted.addAll(decisionIds);
        refresh();
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i) instanceof SpecItem.DecisionItem d && highlighted.contains(d.decision().id())) {
                scrollTo(i);
                return;
            }
        }
    }

    /** Index of a decision's row, or -1. */
    public int indexOf(String decisionId) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i) instanceof SpecItem.DecisionItem d && d.decision().id().equals(decisionId)) return i;
        }
        return -1;
    }

    private final class SpecCell extends ListCell<SpecItem> {
        @Override
        protected void updateItem(SpecItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || renderer == null) {
                setGraphic(null);
                return;
            }
            Node node = rendered.computeIfAbsent(item, this::create);
            node.getStyleClass().remove("highlighted");
            if (item instanceof SpecItem.DecisionItem d && highlighted.contains(d.decision().id())) {
                node.getStyleClass().add("highlighted");
            }
            setGraphic(node);
        }

        private Node create(SpecItem item) {
            Node node = renderer.render(item);
            if (node instanceof Region region) {
                region.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                region.setMaxWidth(Region.USE_PREF_SIZE);
            }
            return node;
        }
    }
}
