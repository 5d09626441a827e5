package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.form.FormController;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Loads the workbench FXML with its controller and stylesheet into a scene. */
public final class WorkbenchWindow {

    private final Scene scene;
    private final WorkbenchController controller;

    public WorkbenchWindow(WorkbenchViewModel vm, Consumer<String> linkOpener, double width, double height) {
        FXMLLoader loader = new FXMLLoader(WorkbenchWindow.class.getResource("/fxml/workbench.fxml"));
        loader.setControllerFactory(type -> type == FormController.class
                ? new FormController(vm.form) : new WorkbenchController(vm, linkOpener));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbench layout could not be loaded", e);
        }
        controller = loader.getController();
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("/css/workbench.css").toExternalForm());
        controller.installShortcuts(scene);
    }

    public Scene scene() {
        return scene;
    }

    public WorkbenchController controller() {
        return controller;
    }
}
