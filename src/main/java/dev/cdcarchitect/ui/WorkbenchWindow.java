package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;

import dev.cdcarchitect.ui.form.FormController;
import dev.cdcarchitect.ui.objects.NamedObjectsController;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The workbench layout (FXML) with its controller and stylesheet. Loading builds nodes that are not yet in a
 * showing window, so it may run on any thread; attaching to a scene happens on the FX thread.
 */
public final class WorkbenchWindow {

    private static final String STYLESHEET = WorkbenchWindow.class.getResource("/css/workbench.css").toExternalForm();

    private final Parent root;
    private final WorkbenchController controller;
    private Scene scene;

    /** Loads the layout without a scene; call {@link #attachTo} on the FX thread to show it. */
    public WorkbenchWindow(WorkbenchViewModel vm, WorkbenchServices services) {
        FXMLLoader loader = new FXMLLoader(WorkbenchWindow.class.getResource("/fxml/workbench.fxml"));
        loader.setControllerFactory(type -> type == FormController.class ? new FormController(vm.form)
                : type == NamedObjectsController.class ? new NamedObjectsController(vm.objects)
                : new WorkbenchController(vm, services));
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbench layout could not be loaded", e);
        }
        controller = loader.getController();
    }

    /** Loads the layout into a new scene of the given size (FX thread). */
    public WorkbenchWindow(WorkbenchViewModel vm, WorkbenchServices services, double width, double height) {
        this(vm, services);
        attachTo(new Scene(root, width, height));
    }

    /** FX thread: makes the workbench the content of {@code target}, e.g. in place of a start-up placeholder. */
    public void attachTo(Scene target) {
        if (target.getRoot() != root) target.setRoot(root);
        target.getStylesheets().add(STYLESHEET);
        controller.installShortcuts(target);
        scene = target;
    }

    public Scene scene() {
        return scene;
    }

    public WorkbenchController controller() {
        return controller;
    }
}
