package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.design.ComparisonService;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.export.AtomicFiles;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfDocumentWriter;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two or more designs side by side against a baseline the user chooses (named in the window, never implied): inputs
 * in full with their differing words marked, the metrics table, the changed decisions with their before → after
 * values, and every diagram with the changed components highlighted. Exports to Markdown and PDF. Designs, layouts
 * and files are computed off the FX thread.
 */
public final class CompareWindow {

    private CompareWindow() {}

    /** Compares the designs against the first of them. */
    public static void open(Window owner, List<ProjectDesign> designs) {
        open(owner, designs, 0);
    }

    /** Compares the designs against {@code designs.get(baseline)}; the window can switch the baseline. */
    public static void open(Window owner, List<ProjectDesign> designs, int baseline) {
        FxTaskExecutor worker = new FxTaskExecutor("compare");
        worker.submit(() -> {
            try {
                List<ComparisonPane.Side> sides = new ArrayList<>();
                var generated = new ComparisonService().generateAll(designs, i -> designs.get(i).name());
                for (int i = 0; i < designs.size(); i++) {
                    sides.add(new ComparisonPane.Side(designs.get(i), generated.get(i), new TopologyLayout().layout(generated.get(i).design().topology(), new dev.cdcarchitect.ui.topology.ReadableNodeSizes())));
                }
                return (Object) sides;
            } catch (InputProblem e) {
                return e.getMessage();
            }
        }, result -> {
            worker.shutdown();
            if (result instanceof String problem) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, problem);
                alert.setHeaderText("Nothing to compare");
                alert.show();
                return;
            }
            @SuppressWarnings("unchecked")
            List<ComparisonPane.Side> sides = (List<ComparisonPane.Side>) result;
            show(owner, sides, baseline);
        });
    }

    private static void show(Window owner, List<ComparisonPane.Side> sides, int baseline) {
        BorderPane root = new BorderPane();
        ChoiceBox<String> baselineChoice = new ChoiceBox<>();
        baselineChoice.setId("compareBaseline");
        baselineChoice.setAccessibleText("The design the others are compared with");
        sides.forEach(s -> baselineChoice.getItems().add(s.saved().name()));
        Button exportMd = new Button("Export Markdown…");
        Button exportPdf = new Button("Export PDF…");
        Label status = new Label();
        Label hint = new Label("Arrows read from the baseline to each other design.");
        HBox bar = new HBox(8, new Label("Baseline:"), baselineChoice, hint, exportMd, exportPdf, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(bar);
        Stage stage = new Stage();
        stage.initOwner(owner);
        MultiComparison[] shown = new MultiComparison[1];
        Runnable rebuild = () -> {
            int chosen = baselineChoice.getSelectionModel().getSelectedIndex();
            ComparisonPane pane = new ComparisonPane(sides, chosen);
            shown[0] = pane.comparison();
            stage.setTitle("Compare: " + String.join(" vs ", shown[0].names()) + " (baseline: " + sides.get(chosen).saved().name() + ")");
            root.setCenter(pane.node());
            pane.fitDiagrams();
        };
        baselineChoice.getSelectionModel().select(baseline);
        baselineChoice.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) rebuild.run();
        });
        exportMd.setOnAction(e -> export(stage, "md", status, () -> shown[0].markdown().getBytes(StandardCharsets.UTF_8)));
        exportPdf.setOnAction(e -> {
            MultiComparison c = shown[0];
            export(stage, "pdf", status, () -> new PdfDocumentWriter().writeMarkdown("Design comparison: " + String.join(" vs ", c.names()),
                    c.markdown(), Paper.A4));
        });
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(CompareWindow.class.getResource("/css/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        rebuild.run();
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
