package dev.cdcarchitect.ui.project;

import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import dev.cdcarchitect.ui.compare.CompareWindow;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Project menu's actions over a {@link ProjectViewModel}: file dialogs, the unsaved-changes question, recent
 * files (read and written off the FX thread), comparison and variants. The controller only forwards to it.
 */
public final class ProjectMenu {

    private final ProjectViewModel project;
    private final Menu recentMenu;
    private final Supplier<Window> window;
    private final Consumer<String> status;
    private final RecentFiles recentFiles = RecentFiles.forUser();
    private final TaskExecutor io;
    private VariantOffers variants;

    public ProjectMenu(ProjectViewModel project, TaskExecutor io, ChoiceBox<String> designChoice, MenuItem undoItem, MenuItem redoItem, Menu recentMenu,
            Supplier<Window> window, Consumer<String> status) {
        this.project = project;
        this.io = io;
        this.recentMenu = recentMenu;
        this.window = window;
        this.status = status;
        designChoice.setItems(project.designNames);
        designChoice.setVisible(true);
        designChoice.setManaged(true);
        designChoice.valueProperty().bindBidirectional(project.currentDesign);
        project.currentDesign.addListener((obs, old, name) -> {
            if (name != null && !name.equals(old)) project.select(name);
        });
        undoItem.disableProperty().bind(project.canUndo.not());
        redoItem.disableProperty().bind(project.canRedo.not());
        project.notice.addListener((obs, old, text) -> {
            if (text != null && !text.isEmpty()) status.accept(text);
        });
        io.submit(recentFiles::list, this::showRecent);
    }

    public ProjectViewModel project() {
        return project;
    }

    public void newProject() {
        if (confirmDiscard()) project.newProject();
    }

    public void openChosen() {
        if (!confirmDiscard()) return;
        File file = chooser("Open a project").showOpenDialog(window.get());
        if (file != null) open(file.toPath());
    }

    /** Opens a project file (from the menu, the recent list or a drop). */
    public void open(Path file) {
        project.open(file, failure -> afterFileAction(failure, file));
    }

    public void save() {
        if (!project.save(failure -> afterFileAction(failure, project.file.get()))) saveAs();
    }

    public void saveAs() {
        FileChooser chooser = chooser("Save the project");
        chooser.setInitialFileName("design-review.cdcarch.json");
        File file = chooser.showSaveDialog(window.get());
        if (file == null) return;
        Path path = file.getName().endsWith(".cdcarch.json") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".cdcarch.json");
        project.saveAs(path, failure -> afterFileAction(failure, path));
    }

    /** True when nothing unsaved would be lost, or the user chose to discard it. */
    public boolean confirmDiscard() {
        if (!project.modified.get()) return true;
        ButtonType save = new ButtonType("Save");
        ButtonType discard = new ButtonType("Don't save");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The project has unsaved changes.", save, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save the changes first?");
        alert.initOwner(window.get());
        ButtonType choice = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (choice == save) {
            save();
            return !project.modified.get() || project.file.get() != null;
        }
        return choice == discard;
    }

    /**
     * Asks which other designs of the project to compare with the shown one (one or more), then opens the comparison
     * with the designs in project order and the first of them as the baseline (the window names it and can change it).
     */
    public void compare() {
        String shown = project.currentDesign.get();
        project.select(shown);
        List<String> others = project.designNames.stream().filter(n -> !n.equals(shown)).toList();
        if (others.isEmpty()) {
            report("The project has one design; duplicate it as a variant (Project menu) to have something to compare.");
            return;
        }
        CompareChooser.ask(window.get(), shown, others).ifPresent(chosen -> {
            List<ProjectDesign> designs = project.project().designs().stream()
                    .filter(d -> d.name().equals(shown) || chosen.contains(d.name())).toList();
            CompareWindow.open(window.get(), designs, 0);
        });
    }

    /** Offers in {@code variantMenu} only the variants that change the shown design, checked as {@code projectMenu} opens. */
    public void offerVariantsIn(javafx.scene.control.MenuButton projectMenu, javafx.scene.control.Menu variantMenu) {
        variants = new VariantOffers(variantMenu, io, new dev.cdcarchitect.design.ComparisonService());
        projectMenu.setOnShowing(e -> variants.refresh(this::shownDesign));
    }

    private ProjectDesign shownDesign() {
        project.select(project.currentDesign.get()); // commits the unsaved edits first
        return project.project().design(project.currentDesign.get());
    }

    /** Asks for a new name for the shown design. */
    public void renameDesign() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(project.currentDesign.get());
        dialog.initOwner(window.get());
        dialog.setTitle("Rename design");
        dialog.setHeaderText("New name for '" + project.currentDesign.get() + "'");
        dialog.getEditor().setId("designNameField");
        dialog.showAndWait().ifPresent(name -> report(project.renameShown(name)));
    }

    /** Deletes the shown design after asking; Undo brings it back. */
    public void deleteDesign() {
        String name = project.currentDesign.get();
        ButtonType delete = new ButtonType("Delete");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Project ▸ Undo (Ctrl+Z) brings it back.", delete, ButtonType.CANCEL);
        alert.setHeaderText("Delete the design '" + name + "'?");
        alert.initOwner(window.get());
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == delete) report(project.deleteShown());
    }

    public void moveDesign(int by) {
        project.moveShown(by);
    }

    /** What the user sees when opening or saving fails: the sentence, in the status bar and a dialog. */
    public void report(String failure) {
        if (failure == null) return;
        status.accept(failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, failure);
        alert.setHeaderText(null);
        alert.initOwner(window.get());
        alert.show();
    }

    private void afterFileAction(String failure, Path file) {
        report(failure);
        if (failure == null && file != null) {
            io.submit(() -> {
                recentFiles.add(file);
                return recentFiles.list();
            }, this::showRecent);
        }
    }

    private void showRecent(List<Path> files) {
        recentMenu.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard()) open(file);
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CDC Architect project", "*.cdcarch.json"));
        Path current = project.file.get();
        if (current != null && current.toAbsolutePath().getParent() != null) chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        return chooser;
    }
}
