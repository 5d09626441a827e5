package dev.cdcarchitect.ui.export;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** The export bar (exportbar.fxml): progress, result and refusal of the running export. */
public final class ExportBarController {

    @FXML HBox exportBar;
    @FXML ProgressIndicator exportProgress;
    @FXML Label exportMessage;
    @FXML Button exportOpenFolder;
    @FXML Button exportCancel;
    @FXML Button exportDismiss;

    private final ExportViewModel export;
    private final Consumer<String> linkOpener;

    public ExportBarController(ExportViewModel export, Consumer<String> linkOpener) {
        this.export = export;
        this.linkOpener = linkOpener;
    }

    @FXML
    void initialize() {
        exportBar.visibleProperty().bind(export.state.isNotEqualTo(ExportViewModel.State.IDLE));
        exportBar.managedProperty().bind(exportBar.visibleProperty());
        exportMessage.textProperty().bind(export.message);
        var running = export.state.isEqualTo(ExportViewModel.State.RUNNING);
        exportProgress.visibleProperty().bind(running);
        exportProgress.managedProperty().bind(running);
        exportCancel.visibleProperty().bind(running);
        exportCancel.managedProperty().bind(running);
        exportDismiss.visibleProperty().bind(running.not());
        exportDismiss.managedProperty().bind(running.not());
        var done = export.state.isEqualTo(ExportViewModel.State.DONE);
        exportOpenFolder.visibleProperty().bind(done);
        exportOpenFolder.managedProperty().bind(done);
        export.state.addListener((obs, old, state) -> {
            if (state == ExportViewModel.State.FAILED) exportBar.getStyleClass().add("failed");
            else exportBar.getStyleClass().remove("failed");
        });
        export.refusal.addListener((obs, old, reason) -> {
            if (reason.isEmpty()) return;
            // A refused folder needs a new choice from the user, so it gets a dialog, not only the export bar.
            Alert alert = new Alert(Alert.AlertType.WARNING, reason);
            alert.setHeaderText("This folder was not exported into");
            if (exportBar.getScene() != null) alert.initOwner(exportBar.getScene().getWindow());
            alert.show();
        });
    }

    @FXML void openExportFolder() {
        if (export.resultFolder.get() != null) linkOpener.accept(export.resultFolder.get().toUri().toString());
    }

    @FXML void cancelExport() { export.cancel(); }

    @FXML void dismissExport() { export.dismiss(); }
}
