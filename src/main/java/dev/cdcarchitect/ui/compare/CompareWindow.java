package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.DesignComparator;
import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.compare.DiffMarkdownWriter;
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
 * Two designs side by side: the metrics table with differing rows marked, the changed decisions per section, and
 * both diagrams with the nodes of changed decisions highlighted. The comparison exports to Markdown and PDF.
 * Designs, layouts and files are computed off the FX thread.
 */
public final class CompareWindow {

    private CompareWindow() {}

    private record Side(String name, DesignResult.Generated design, DiagramLayout layout) {}

    public static void open(Window owner, ProjectDesign a, ProjectDesign b) {
        FxTaskExecutor worker = new FxTaskExecutor("compare");
        worker.submit(() -> {
            Side left = side(a);
            Side right = side(b);
            if (left == null || right == null) return null;
            return List.of(left, right);
        }, sides -> {
            worker.shutdown();
            if (sides == null) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        "One of the designs is refused as unsafe; there is nothing to compare.").show();
                return;
            }
            show(owner, sides.get(0), sides.get(1));
        });
    }

    private static Side side(ProjectDesign d) {
        DesignResult result = new DesignService().design(d.sourceText(), d.targetText(),
                new WhatIf(d.rateFactor() > 0 ? d.rateFactor() : 1, Math.max(0, d.growthFactor()), Math.max(0, d.partitionOverride())));
        if (!(result instanceof DesignResult.Generated g)) return null;
        return new Side(d.name(), g, new TopologyLayout().layout(g.topology()));
    }

    private static void show(Window owner, Side a, Side b) {
        DesignDiff diff = new DesignComparator().compare(a.name(), a.design(), b.name(), b.design());
        List<String> changed = new ArrayList<>();
        diff.sections().forEach(s -> s.changes().forEach(c -> changed.add(c.id())));

        TableView<DesignDiff.Row> metrics = new TableView<>();
        metrics.getColumns().add(column("Metric", DesignDiff.Row::label));
        metrics.getColumns().add(column(a.name(), DesignDiff.Row::a));
        metrics.getColumns().add(column(b.name(), DesignDiff.Row::b));
        List<DesignDiff.Row> rows = new ArrayList<>(diff.inputs());
        rows.addAll(diff.metrics());
        metrics.getItems().setAll(rows);
        metrics.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DesignDiff.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("differs");
                if (!empty && row != null && row.differs()) getStyleClass().add("differs");
            }
        });
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        metrics.setPrefHeight(300);
        metrics.setId("compareMetrics");

        ListView<String> changes = new ListView<>();
        changes.setId("compareChanges");
        diff.sections().forEach(s -> s.changes().forEach(c -> {
            changes.getItems().add(s.section().number() + ". " + c.kind().name().toLowerCase() + " " + c.id() + ": " + c.title());
            for (DesignDiff.ConfigChange cc : c.config()) {
                changes.getItems().add("      " + cc.key() + " (" + cc.place() + "): " + (cc.a() == null ? "not set" : cc.a()) + "  →  "
                        + (cc.b() == null ? "not set" : cc.b()));
            }
        }));
        changes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("setting-change");
                if (!empty && item != null && item.startsWith("      ")) getStyleClass().add("setting-change");
            }
        });
        if (changes.getItems().isEmpty()) changes.getItems().add("No decision differs.");

        TopologyView left = diagram(a, changed);
        TopologyView right = diagram(b, changed);
        SplitPane diagrams = new SplitPane(titled(a.name(), left), titled(b.name(), right));

        String markdown = new DiffMarkdownWriter().write(diff);
        Button exportMd = new Button("Export Markdown…");
        Button exportPdf = new Button("Export PDF…");
        Label status = new Label();
        exportMd.setOnAction(e -> export(exportMd.getScene().getWindow(), "md", status,
                () -> markdown.getBytes(StandardCharsets.UTF_8)));
        exportPdf.setOnAction(e -> export(exportPdf.getScene().getWindow(), "pdf", status,
                () -> new PdfDocumentWriter().writeMarkdown("Design comparison: " + a.name() + " vs " + b.name(), markdown, Paper.A4)));

        VBox top = new VBox(6, new Label("Highlighted in the diagrams: the components of the " + changed.size() + " decisions that differ."),
                new SplitPane(metrics, changes), new HBox(8, exportMd, exportPdf, status));
        top.setPadding(new Insets(8));
        SplitPane whole = new SplitPane(top, diagrams);
        whole.setOrientation(javafx.geometry.Orientation.VERTICAL);
        whole.setDividerPositions(0.45);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare: " + a.name() + " vs " + b.name());
        Scene scene = new Scene(new BorderPane(whole), 1400, 900);
        scene.getStylesheets().add(CompareWindow.class.getResource("/css/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        left.fit();
        right.fit();
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

    private static TableColumn<DesignDiff.Row, String> column(String title, java.util.function.Function<DesignDiff.Row, String> value) {
        TableColumn<DesignDiff.Row, String> column = new TableColumn<>(title);
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
