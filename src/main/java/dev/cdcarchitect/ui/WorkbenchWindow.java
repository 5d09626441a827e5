package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;

import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import dev.cdcarchitect.ui.diagram.DiagramController;
import dev.cdcarchitect.ui.export.ExportBarController;
import dev.cdcarchitect.ui.export.ExportFolderMemory;
import dev.cdcarchitect.ui.export.ExportViewModel;
import dev.cdcarchitect.ui.form.FormController;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.impact.ImpactController;
import dev.cdcarchitect.ui.impact.ImpactViewModel;
import dev.cdcarchitect.ui.input.InputController;
import dev.cdcarchitect.ui.llm.LlmPaneController;
import dev.cdcarchitect.ui.llm.LlmViewModel;
import dev.cdcarchitect.ui.project.ProjectController;
import dev.cdcarchitect.ui.spec.SpecController;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
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
        ExportViewModel export = new ExportViewModel(services.export(), ExportFolderMemory.forUser());
        LlmViewModel llm = new LlmViewModel(new PromptFileLoader().loadBundled(), services.llm(), Platform::runLater);
        // Each view's controller gets its own view model; the shell gets the ones it forwards to.
        Map<Class<?>, Supplier<Object>> controllers = Map.of(
                WorkbenchController.class, () -> new WorkbenchController(vm, export, llm),
                InputController.class, () -> new InputController(vm),
                FormController.class, () -> new FormController(vm.form),
                NamedObjectsController.class, () -> new NamedObjectsController(vm.objects),
                SpecController.class, () -> new SpecController(vm, services.linkOpener()),
                DiagramController.class, () -> new DiagramController(vm),
                LlmPaneController.class, () -> new LlmPaneController(llm, vm, services.llm(), services.keyChain()),
                ExportBarController.class, () -> new ExportBarController(export, services.linkOpener()),
                ProjectController.class, () -> new ProjectController(vm, services.projectIo()),
                ImpactController.class, () -> new ImpactController(
                        new ImpactViewModel(vm.outcome, services.impact(), new FxDebouncer(javafx.util.Duration.millis(120))), services.linkOpener()));
        loader.setControllerFactory(type -> {
            Supplier<Object> controller = controllers.get(type);
            if (controller == null) throw new IllegalStateException("no controller for " + type.getName());
            return controller.get();
        });
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
