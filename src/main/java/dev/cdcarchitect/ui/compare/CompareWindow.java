package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.export.AtomicFiles;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfDocumentWriter;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import dev.cdcarchitect.ui.FxTaskExecutor;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two or more designs side by side: the metrics table (a column per design, rows that differ marked), the changed
 * decisions per section against the first design, and every diagram with the nodes of changed decisions
 * highlighted. The comparison exports to Markdown and PDF. Designs, layouts and files are computed off the FX
 * thread.
 */
public final class CompareWindow {

    private CompareWindow() {}

    private record Side(String name, DesignResult.Generated design, DiagramLayout layout) {}

    /** Compares each design after the first with the first. */
    public static void open(Window owner, List<ProjectDesign> designs) {
        FxTaskExecutor worker = new FxTaskExecutor("compare");
        worker.submit(() -> {
            List<Side> sides = new ArrayList<>();
            for (ProjectDesign d : designs) {
                Side side = side(d);
                if (side == null) return null;
                sides.add(side);
            }
            return sides;
        }, sides -> {
            worker.shutdown();
            if (sides == null) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        "One of the designs is refused as unsafe; there is nothing to compare.").show();
                return;
            }
            show(owner, sides);
        });
    }

    private static Side side(ProjectDesign d) {
        DesignResult result = new DesignService().design(d.sourceText(), d.targetText(),
                new WhatIf(d.rateFactor() > 0 ? d.rateFactor() : 1, Math.max(0, d.growthFactor()), Math.max(0, d.partitionOverride())));
        if (!(result instanceof DesignResult.Generated g)) return null;
        return new Side(d.name(), g, new TopologyLayout().layout(g.topology(), new dev.cdcarchitect.ui.topology.ReadableNodeSizes()));
    }

    private static void show(Window owner, List<Side> sides) {
        MultiComparison comparison = MultiComparison.of(sides.stream().map(s -> new MultiComparison.Named(s.name(), s.design())).toList());
        TableView<MultiComparison.Row> metrics = new TableView<>();
        TableColumn<MultiComparison.Row, String> label = column("Metric", MultiComparison.Row::label);
        label.setMinWidth(190); // the constrained policy would otherwise squeeze the labels to nothing
        metrics.getColumns().add(label);
        for (int i = 0; i < sides.size(); i++) {
            int index = i;
            String name = sides.get(i).name();
            boolean marked = i > 0 || name.toLowerCase(java.util.Locale.ROOT).contains("baseline");
            metrics.getColumns().add(column(marked ? name : name + " (baseline)", r -> r.values().get(index)));
        }
        metrics.getItems().setAll(comparison.rows());
        metrics.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MultiComparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("differs");
                if (!empty && row != null && row.differs()) getStyleClass().add("differs");
            }
        });
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        metrics.setPrefHeight(300);
        metrics.setId("compareMetrics");

        ListView<String> changes = changesList(comparison);

        SplitPane diagrams = new SplitPane();
        List<TopologyView> views = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            TopologyView view = diagram(sides.get(i), List.copyOf(comparison.changedDecisions(i)));
            views.add(view);
            diagrams.getItems().add(titled(sides.get(i).name(), view));
        }
        double[] even = new double[sides.size() - 1];
        for (int i = 0; i < even.length; i++) even[i] = (i + 1.0) / sides.size();
        diagrams.setDividerPositions(even);

        String markdown = comparison.markdown();
        String title = String.join(" vs ", comparison.names());
        Button exportMd = new Button("Export Markdown…");
        Button exportPdf = new Button("Export PDF…");
        Label status = new Label();
        exportMd.setOnAction(e -> export(exportMd.getScene().getWindow(), "md", status,
                () -> markdown.getBytes(StandardCharsets.UTF_8)));
        exportPdf.setOnAction(e -> export(exportPdf.getScene().getWindow(), "pdf", status,
                () -> new PdfDocumentWriter().writeMarkdown("Design comparison: " + title, markdown, Paper.A4)));

        VBox top = new VBox(6, new Label("Highlighted in each diagram: the components of the decisions that differ from '"
                + sides.get(0).name() + "' (in the baseline: all of them)."),
                new SplitPane(metrics, changes), new HBox(8, exportMd, exportPdf, status));
        top.setPadding(new Insets(8));
        SplitPane whole = new SplitPane(top, diagrams);
        whole.setOrientation(javafx.geometry.Orientation.VERTICAL);
        whole.setDividerPositions(0.45);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare: " + title);
        Scene scene = new Scene(new BorderPane(whole), 1400, 900);
        scene.getStylesheets().add(CompareWindow.class.getResource("/css/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        views.forEach(TopologyView::fit);
    }

    /** Changed decisions and settings, under a heading per compared design when there are several. */
    private static ListView<String> changesList(MultiComparison comparison) {
        ListView<String> changes = new ListView<>();
        changes.setId("compareChanges");
        boolean several = comparison.diffs().size() > 1;
        for (DesignDiff diff : comparison.diffs()) {
            if (several) changes.getItems().add(diff.nameB() + " vs " + diff.nameA() + ":");
            String indent = several ? "  " : "";
            diff.sections().forEach(s -> s.changes().forEach(c -> {
                changes.getItems().add(indent + s.section().number() + ". " + c.kind().name().toLowerCase() + " " + c.id() + ": " + c.title());
                for (DesignDiff.ConfigChange cc : c.config()) {
                    changes.getItems().add("      " + indent + cc.key() + " (" + cc.place() + "): " + (cc.a() == null ? "not set" : cc.a())
                            + "  →  " + (cc.b() == null ? "not set" : cc.b()));
                }
            }));
        }
        changes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("setting-change");
                if (!empty && item != null && item.startsWith("      ")) getStyleClass().add("setting-change");
            }
        });
        if (comparison.diffs().stream().allMatch(d -> d.sections().stream().allMatch(s -> s.changes().isEmpty()))) {
            changes.getItems().add("No decision differs.");
        }
        return changes;
    }

    private static TopologyView diagram(Side side, List<String> changedDecisions) {
        TopologyView view = new TopologyView();
        view.show(side.design().topology(), side.layout());
        view.highlight(changedDecisions);
        return view;
    }

    private static VBox titled(String title, TopologyView view) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-heading");
        VBox box = new VBox(4, label, view);
        javafx.scene.layout.VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private static TableColumn<MultiComparison.Row, String> column(String title, java.util.function.Function<MultiComparison.Row, String> value) {
        TableColumn<MultiComparison.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static void export(Window owner, String extension, Label status, java.util.function.Supplier<byte[]> render) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("comparison." + extension);
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        status.setText("Exporting…");
        FxTaskExecutor worker = new FxTaskExecutor("compare-export");
        worker.submit(() -> {
            try {
                AtomicFiles.write(file.toPath(), render.get());
                return "Exported " + file;
            } catch (Exception e) {
                return "Export failed: " + e.getMessage();
            }
        }, message -> {
            worker.shutdown();
            status.setText(message);
        });
    }
}
