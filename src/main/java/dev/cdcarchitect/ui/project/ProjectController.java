package dev.cdcarchitect.ui.project;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/**
 * The Project menu and design chooser (project.fxml). The project starts once the seed design is in the window
 * ({@link #startProject}); until then the menu's actions do nothing.
 */
public final class ProjectController {

    @FXML MenuButton projectMenu;
    @FXML Menu recentMenu;
    @FXML MenuItem undoItem;
    @FXML MenuItem redoItem;
    @FXML ChoiceBox<String> designChoice;
    @FXML Menu variantMenu;

    private final WorkbenchViewModel workbench;
    private final TaskExecutor io;
    private ProjectMenu actions;

    public ProjectController(WorkbenchViewModel workbench, TaskExecutor io) {
        this.workbench = workbench;
        this.io = io;
    }

    /** FX thread, once the seed design is in the window: an untitled one-design project starts. */
    public ProjectViewModel startProject(Autosave autosave, String appVersion) {
        ProjectViewModel project = new ProjectViewModel(workbench, io, autosave, appVersion);
        actions = new ProjectMenu(project, io, designChoice, undoItem, redoItem, recentMenu,
                () -> projectMenu.getScene().getWindow(), workbench.status::set);
        actions.offerVariantsIn(projectMenu, variantMenu);
        return project;
    }

    public ProjectViewModel project() {
        return actions == null ? null : actions.project();
    }

    /** Opens a project file (a drop on the window, or the file the application was started with). */
    public void open(Path file) {
        if (actions != null) actions.open(file);
    }

    /** True when nothing unsaved would be lost (no project yet, nothing modified, or the user chose). */
    public boolean confirmDiscard() {
        return actions == null || actions.confirmDiscard();
    }

    /** A message for the user in the status bar. */
    public void report(String message) {
        if (actions != null) actions.report(message);
        else workbench.status.set(message);
    }

    @FXML void newProject() { if (actions != null) actions.newProject(); }

    @FXML void openProject() { if (actions != null) actions.openChosen(); }

    @FXML void saveProject() { if (actions != null) actions.save(); }

    @FXML void saveProjectAs() { if (actions != null) actions.saveAs(); }

    @FXML void compareDesigns() { if (actions != null) actions.compare(); }

    @FXML void undo() { if (project() != null) project().undo(); }

    @FXML void redo() { if (project() != null) project().redo(); }

    @FXML void renameDesign() { if (actions != null) actions.renameDesign(); }

    @FXML void deleteDesign() { if (actions != null) actions.deleteDesign(); }

    @FXML void moveDesignUp() { if (actions != null) actions.moveDesign(-1); }

    @FXML void moveDesignDown() { if (actions != null) actions.moveDesign(1); }

    /** A "Duplicate as variant" item: its user data names the variant's kind. */
    @FXML void variant(ActionEvent e) {
        if (project() != null && e.getSource() instanceof MenuItem item) project().addVariant(String.valueOf(item.getUserData()));
    }
}
