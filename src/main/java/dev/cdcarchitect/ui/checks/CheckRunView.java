package dev.cdcarchitect.ui.checks;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of a running or finished check: progress, the log, one line per check (PASS/FAIL with evidence),
 * Cancel while it runs, "Save report…" when done. Not modal: the workbench stays usable behind it.
 */
final class CheckRunView {

    private final Stage stage = new Stage();
    final Button cancel = new Button("Cancel");
    final Button save = new Button("Save report…");
    final Button close = new Button("Close");

    CheckRunView(CheckRunViewModel vm, Window owner, Runnable onSave) {
        if (owner != null) stage.initOwner(owner);
        stage.titleProperty().bind(vm.title);
        Label message = new Label();
        message.setId("checkMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        BooleanBinding running = vm.state.isEqualTo(CheckRunViewModel.State.RUNNING);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        ListView<String> log = new ListView<>(vm.log);
        log.setCellFactory(list -> new WrappedLineCell());
        log.setId("checkLog");
        log.setPrefHeight(140);
        log.setAccessibleText("Log of the running check");
        ListView<String> results = new ListView<>(vm.results);
        results.setId("checkResults");
        results.setCellFactory(list -> new WrappedLineCell());
        results.setAccessibleText("One line per check: PASS or FAIL with the evidence");
        VBox.setVgrow(results, Priority.ALWAYS);
        cancel.setId("checkCancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> vm.cancel());
        save.setId("checkSave");
        save.disableProperty().bind(running.or(vm.state.isEqualTo(CheckRunViewModel.State.IDLE)));
        save.setOnAction(e -> onSave.run());
        close.setOnAction(e -> stage.hide());
        HBox top = new HBox(8, progress, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(8, cancel, save, close);
        VBox content = new VBox(8, top, new Label("Checks"), results, new Label("Log"), log, buttons);
        content.setPadding(new Insets(10));
        stage.setScene(new Scene(content, 900, 560));
        // Closing the window while a check runs cancels it: nothing keeps running unseen.
        stage.setOnHidden(e -> vm.cancel());
    }

    /**
     * A check's evidence is the point of the window: lines wrap to the list's width instead of hiding behind a
     * horizontal scroll bar, and a failed check stands out.
     */
    private static final class WrappedLineCell extends javafx.scene.control.ListCell<String> {
        WrappedLineCell() {
            setWrapText(true);
            prefWidthProperty().bind(listViewProperty().flatMap(javafx.scene.control.ListView::widthProperty).map(w -> w.doubleValue() - 24));
            setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : line);
            setStyle(!empty && line != null && line.startsWith("FAIL ") ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : null);
        }
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
