package dev.cdcarchitect.ui.topology;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The diagram in its own resizable window, opened over the workbench at the workbench's size so the whole pipeline
 * fits at a readable zoom. It is a second view of the same diagram: the docked view forwards every redraw, selection
 * and highlight to it, and a click in it selects in the workbench. Esc closes it and returns to the workbench.
 */
final class DiagramWindow {

    static final String TITLE = "Pipeline diagram \u2014 CDC Architect";

    private final TopologyView docked;
    private final TopologyView view = new TopologyView(false);
    private final Stage stage = new Stage();

    DiagramWindow(TopologyView docked) {
        this.docked = docked;
        Scene owner = docked.getScene();
        Scene scene = new Scene(view, Math.max(800, owner.getWidth()), Math.max(500, owner.getHeight()));
        scene.getStylesheets().setAll(owner.getStylesheets());
        // A filter: the view's own Esc handler (clear selection) would otherwise take the key first.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setTitle(TITLE);
        Window ownerWindow = owner.getWindow();
        stage.initOwner(ownerWindow);
        stage.setX(ownerWindow.getX());
        stage.setY(ownerWindow.getY());
        view.setOnSelect((id, decisions) -> {
            docked.select(id);
            docked.forwardSelection(id, decisions);
        });
        stage.setOnHidden(e -> docked.detached(this));
    }

    TopologyView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }

    void open() {
        stage.show();
        // The first fit needs the window's size, known once it is laid out.
        Platform.runLater(view::fit);
        view.requestFocus();
    }

    void toFront() {
        stage.toFront();
        view.requestFocus();
    }

    void close() {
        stage.hide();
    }
}
