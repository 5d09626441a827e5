package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The comparison's content for one baseline: inputs, metrics, decision changes, diagrams. Rebuilt when the baseline changes. */
final class ComparisonPane {

    /** A saved design with what was generated from it and its diagram's layout (computed off the FX thread). */
    record Side(ProjectDesign saved, MultiComparison.Named generated, DiagramLayout layout) {}

    private final MultiComparison comparison;
    private final List<TopologyView> views = new ArrayList<>();
    private final SplitPane node;

    ComparisonPane(List<Side> sides, int baseline) {
        List<Side> ordered = new ArrayList<>(sides);
        ordered.add(0, ordered.remove(baseline));
        comparison = MultiComparison.of(sides.stream().map(Side::generated).toList(), baseline);
        ScrollPane inputs = new ScrollPane(InputTexts.of(ordered.stream()
                .map(s -> new InputTexts.Texts(s.saved().name(), s.saved().sourceText(), s.saved().targetText())).toList()));
        inputs.setFitToWidth(true);
        SplitPane top = new SplitPane(inputs, metrics(), changes());
        top.setDividerPositions(0.3, 0.62);
        SplitPane diagrams = new SplitPane();
        for (int i = 0; i < ordered.size(); i++) {
            TopologyView view = new TopologyView();
            view.show(ordered.get(i).generated().design().topology(), ordered.get(i).layout());
            view.highlight(List.copyOf(comparison.changedDecisions(i)));
            views.add(view);
            diagrams.getItems().add(titled(ordered.get(i).saved().name() + (i == 0 ? " (baseline: every difference highlighted)" : ""), view));
        }
        node = new SplitPane(top, diagrams);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.5);
        node.setPadding(new Insets(8));
    }

    MultiComparison comparison() { return comparison; }

    Node node() { return node; }

    void fitDiagrams() {
        views.forEach(TopologyView::fit);
    }

    private TableView<MultiComparison.Row> metrics() {
        TableView<MultiComparison.Row> metrics = new TableView<>();
        TableColumn<MultiComparison.Row, String> label = column("Metric", MultiComparison.Row::label);
        label.setMinWidth(190); // the constrained policy would otherwise squeeze the labels to nothing
        metrics.getColumns().add(label);
        for (int i = 0; i < comparison.names().size(); i++) {
            int index = i;
            String name = comparison.names().get(i);
            metrics.getColumns().add(column(i == 0 ? name + " (baseline)" : name, r -> r.values().get(index)));
        }
        metrics.getItems().setAll(comparison.metricRows());
        metrics.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MultiComparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("differs");
                if (!empty && row != null && row.differs()) getStyleClass().add("differs");
            }
        });
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        metrics.setId("compareMetrics");
        return metrics;
    }

    private ListView<ChangeLines.Line> changes() {
        ListView<ChangeLines.Line> changes = new ListView<>();
        changes.setId("compareChanges");
        changes.getItems().setAll(ChangeLines.of(comparison));
        changes.setCellFactory(list -> new ListCell<>() {
            {
                // Long statements wrap inside the list's width instead of hiding their end behind a scroll bar.
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(ChangeLines.Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                getStyleClass().removeAll("change-design", "change-section", "setting-change");
                if (empty || item == null) return;
                switch (item.style()) {
                    case DESIGN -> getStyleClass().add("change-design");
                    case SECTION -> getStyleClass().add("change-section");
                    case VALUE -> getStyleClass().add("setting-change");
                    case DECISION -> { }
                }
            }
        });
        return changes;
    }

    private static VBox titled(String title, TopologyView view) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-heading");
        VBox box = new VBox(4, label, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private static TableColumn<MultiComparison.Row, String> column(String title, java.util.function.Function<MultiComparison.Row, String> value) {
        TableColumn<MultiComparison.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
