package dev.cdcarchitect.ui.project;

import dev.cdcarchitect.project.Project;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.ProjectFileException;
import dev.cdcarchitect.project.ProjectFiles;
import dev.cdcarchitect.project.edit.DesignEdits;
import dev.cdcarchitect.project.edit.EditHistory;
import dev.cdcarchitect.project.edit.Variants;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project behind the window: which file, which design is shown, whether anything is unsaved, undo/redo,
 * variants, and saving/opening/autosaving off the FX thread. The workbench's texts and what-if values are the
 * shown design; each regeneration commits their changes as one undoable edit.
 */
public final class ProjectViewModel {

    public final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    public final BooleanProperty modified = new SimpleBooleanProperty(false);
    public final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    public final StringProperty notice = new SimpleStringProperty("");
    public final StringProperty currentDesign = new SimpleStringProperty("");
    public final ObservableList<String> designNames = FXCollections.observableArrayList();
    public final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    public final BooleanProperty canRedo = new SimpleBooleanProperty(false);

    private final WorkbenchViewModel workbench;
    private final TaskExecutor io;
    private final Autosave autosave;
    private final ProjectFiles files = new ProjectFiles();
    private final String appVersion;
    private EditHistory history;
    private boolean loading;
    /** The design whose values are in the workbench now; edits are committed to it (the chooser may already show another). */
    private String shownDesign;

    public ProjectViewModel(WorkbenchViewModel workbench, TaskExecutor io, Autosave autosave, String appVersion) {
        this.workbench = workbench;
        this.io = io;
        this.autosave = autosave;
        this.appVersion = appVersion;
        startWith(new Project(ProjectFiles.FORMAT_VERSION, appVersion, null, null,
                List.of(ProjectDesign.of("Design 1", workbench.sourceText.get(), workbench.targetText.get())), null), null, false, "");
        workbench.outcome.addListener((obs, old, now) -> commitEdits());
    }

    /** "cdc.cdcarch.json — baseline •" for the window title. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> "CDC Architect — " + (file.get() == null ? "Untitled" : file.get().getFileName())
                + " — " + currentDesign.get() + (modified.get() ? " •" : "") + (readOnly.get() ? " (read-only)" : ""), file, currentDesign, modified, readOnly);
    }

    public Project project() {
        return history.current();
    }

    public void newProject() {
        startWith(new Project(ProjectFiles.FORMAT_VERSION, appVersion, null, null,
                List.of(ProjectDesign.of("Design 1", WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET)), null), null, false, "");
    }

    /** Opens off the FX thread; {@code done} gets null on success or the reason it failed. */
    public void open(Path path, Consumer<String> done) {
        io.submit(() -> {
            try {
                return (Object) files.read(path);
            } catch (ProjectFileException e) {
                return e.getMessage();
            }
        }, result -> {
            if (result instanceof ProjectFiles.Loaded loaded) {
                if (loaded.project().designs().isEmpty()) {
                    done.accept(path + " has no designs.");
                    return;
                }
                startWith(loaded.project(), path, loaded.readOnly(), loaded.notice());
                done.accept(null);
            } else {
                done.accept((String) result);
            }
        });
    }

    /** Saves to the current file; false when there is none or it is read-only (the caller asks for a path). */
    public boolean save(Consumer<String> done) {
        if (file.get() == null || readOnly.get()) return false;
        saveAs(file.get(), done);
        return true;
    }

    /** What a save on the worker thread reports back: the failure in words, or the backup it kept (if any). */
    private record SaveOutcome(String failure, Optional<Path> backup) {}

    public void saveAs(Path path, Consumer<String> done) {
        commitEdits();
        Project snapshot = history.current();
        io.submit(() -> {
            try {
                Optional<Path> backup = files.write(path, snapshot, appVersion, Instant.now(), ProjectFiles.SaveSteps.NONE);
                autosave.clear();
                return (SaveOutcome) new SaveOutcome(null, backup);
            } catch (ProjectFileException e) {
                return new SaveOutcome(e.getMessage(), Optional.empty());
            }
        }, outcome -> {
            if (outcome.failure() == null) {
                file.set(path);
                readOnly.set(false);
                if (history.current() == snapshot) history.markSaved();
                refresh();
                // Only a save that replaced a file kept one: a first save must not promise a .bak that is not there.
                notice.set("Saved " + path.getFileName() + outcome.backup()
                        .map(bak -> " (previous version kept as " + bak.getFileName() + ").").orElse("."));
            }
            done.accept(outcome.failure());
        });
    }

    /** Every 30 s from the window: a copy of the unsaved state in the application data folder. */
    public void autosaveNow() {
        if (!modified.get()) return;
        Project snapshot = history.current();
        io.submit(() -> autosave.write(snapshot, appVersion), ignored -> { });
    }

    /** After a crash: the autosaved project replaces the empty start, marked as unsaved. */
    public void recover(Project recovered) {
        startWith(recovered, null, false, "Recovered the unsaved work of the last session. Save it to keep it.");
        history.markUnsaved();
        refresh();
    }

    public void select(String name) {
        commitEdits();
        ProjectDesign design = history.current().design(name);
        if (design == null || name.equals(shownDesign)) return;
        currentDesign.set(name);
        show(design);
    }

    /** "Undo add 'x'" for the menu and tests. */
    public String undoDescription() {
        return history.undoDescription();
    }

    public void undo() {
        commitEdits();
        int at = shownIndex();
        history.undo();
        afterHistoryMove(at);
    }

    public void redo() {
        int at = shownIndex();
        history.redo();
        afterHistoryMove(at);
    }

    /** Renames the shown design; the reason it cannot (empty, taken) or null when done. Undoable. */
    public String renameShown(String wanted) {
        commitEdits();
        String name = wanted == null ? "" : wanted.strip();
        if (name.isEmpty()) return "A design needs a name.";
        if (name.equals(shownDesign)) return null;
        if (history.current().design(name) != null) return "The project already has a design named '" + name + "'.";
        ProjectDesign before = history.current().design(shownDesign);
        history.apply(new DesignEdits.Change(before, before.withName(name), "rename"));
        shownDesign = name;
        refresh();
        currentDesign.set(name);
        return null;
    }

    /** Deletes the shown design and shows its neighbour; the reason it cannot (the last one) or null. Undoable. */
    public String deleteShown() {
        commitEdits();
        List<ProjectDesign> designs = history.current().designs();
        if (designs.size() < 2) return "A project keeps at least one design; rename or edit this one instead.";
        int at = shownIndex();
        history.apply(new DesignEdits.Remove(designs.get(at), at));
        afterHistoryMove(at);
        return null;
    }

    /** Moves the shown design {@code by} places up (negative) or down the list; nothing at either end. Undoable. */
    public void moveShown(int by) {
        commitEdits();
        int from = shownIndex();
        int to = Math.max(0, Math.min(history.current().designs().size() - 1, from + by));
        if (to == from) return;
        history.apply(new DesignEdits.Move(shownDesign, from, to));
        refresh();
    }

    private int shownIndex() {
        List<ProjectDesign> designs = history.current().designs();
        for (int i = 0; i < designs.size(); i++) if (designs.get(i).name().equals(shownDesign)) return i;
        return 0;
    }

    /** Duplicates the shown design with one change and shows the copy. */
    public void addVariant(String kind) {
        commitEdits();
        ProjectDesign base = history.current().design(currentDesign.get());
        String name = uniqueName(base.name() + " — " + kind);
        ProjectDesign variant = Variants.of(kind, base, name);
        history.apply(new DesignEdits.Add(variant, history.current().designs().indexOf(base) + 1));
        show(variant);
        refresh();
        currentDesign.set(name);
    }

    /** Turns what the workbench shows into an edit of the current design, if anything changed. */
    void commitEdits() {
        if (loading || history == null) return;
        ProjectDesign stored = history.current().design(shownDesign);
        if (stored == null) return;
        ProjectDesign now = new ProjectDesign(stored.name(), workbench.sourceText.get(), workbench.targetText.get(), stored.engine(),
                workbench.rateFactor.get(), workbench.growthFactor.get(), workbench.partitionOverride.get(), stored.llmAnswer(), stored.notes(),
                stored.extra());
        if (!now.equals(stored)) {
            history.apply(new DesignEdits.Change(stored, now, "edit"));
            refresh();
        }
    }

    /** After undo, redo or a delete: the same design if it is still there, else the one now at its place. */
    private void afterHistoryMove(int shownAt) {
        List<ProjectDesign> designs = history.current().designs();
        String name = history.current().design(shownDesign) != null ? shownDesign
                : designs.isEmpty() ? null : designs.get(Math.min(shownAt, designs.size() - 1)).name();
        if (name == null) return;
        show(history.current().design(name));
        refresh();
        currentDesign.set(name);
    }

    private void startWith(Project project, Path path, boolean isReadOnly, String message) {
        history = new EditHistory(project);
        file.set(path);
        readOnly.set(isReadOnly);
        notice.set(message);
        show(project.designs().get(0));
        refresh();
        currentDesign.set(project.designs().get(0).name());
    }

    private void show(ProjectDesign design) {
        shownDesign = design.name();
        loading = true;
        try {
            workbench.sourceText.set(design.sourceText());
            workbench.targetText.set(design.targetText());
            dev.cdcarchitect.domain.WhatIf whatIf = design.whatIf(); // one clamping for the window, Compare and the CLI
            workbench.rateFactor.set(whatIf.rateFactor());
            workbench.growthFactor.set(whatIf.growthFactor());
            workbench.partitionOverride.set(whatIf.partitionOverride());
        } finally {
            loading = false;
        }
    }

    private void refresh() {
        String shown = currentDesign.get();
        designNames.setAll(history.current().designs().stream().map(ProjectDesign::name).toList());
        // A chooser bound to the names may clear its value while the list is replaced; the shown design stays.
        if (!java.util.Objects.equals(currentDesign.get(), shown)) currentDesign.set(shown);
        modified.set(history.modified());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private String uniqueName(String wanted) {
        String name = wanted;
        for (int i = 2; history.current().design(name) != null; i++) name = wanted + " " + i;
        return name;
    }
}
