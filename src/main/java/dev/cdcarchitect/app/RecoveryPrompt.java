package dev.cdcarchitect.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** At start-up, when the last session left unsaved work behind: recover it or discard it. */
final class RecoveryPrompt {

    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private RecoveryPrompt() {}

    static void ask(Window owner, int designs, Runnable recover, Runnable discard) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The last session ended with unsaved work (" + designs
                + (designs == 1 ? " design" : " designs") + "). Recover it?", RECOVER, DISCARD);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("CDC Architect did not close normally");
        alert.initOwner(owner);
        alert.showAndWait().ifPresent(choice -> (choice == RECOVER ? recover : discard).run());
    }
}
