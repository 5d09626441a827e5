package dev.cdcarchitect.app;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What the window shows for the second or so while the workbench layout loads: the product name and what is
 * happening, or, if loading failed, a plain sentence instead of a stack trace.
 */
final class StartupPlaceholder {

    private final Label message = new Label("CDC Architect\nOpening the workbench…");
    private final StackPane root = new StackPane(message);

    StartupPlaceholder() {
        root.setStyle("-fx-background-color: #f6f8fa;");
        message.setStyle("-fx-font-size: 16px; -fx-text-fill: #57606a; -fx-text-alignment: center;");
        message.setAccessibleText("Opening the workbench");
    }

    Parent root() {
        return root;
    }

    void fail(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        message.setText("CDC Architect could not open the workbench: " + cause.getMessage()
                + "\nThe command line (cdc-architect design …) still works. Please report this problem.");
        message.setStyle("-fx-font-size: 14px; -fx-text-fill: #b00020; -fx-text-alignment: center;");
    }
}
