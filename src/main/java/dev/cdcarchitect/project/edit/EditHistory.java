package dev.cdcarchitect.project.edit;

import dev.cdcarchitect.project.Project;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo over {@link Edit}s for one open project. Applying a new edit clears the redo stack; the
 * "modified" flag compares against the state that was last saved, so undoing back to it clears the marker.
 */
public final class EditHistory {

    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Project current;
    private Project saved;

    public EditHistory(Project opened) {
        this.current = opened;
        this.saved = opened;
    }

    public Project current() {
        return current;
    }

    public Project apply(Edit edit) {
        current = edit.apply(current);
        undo.push(edit);
        if (undo.size() > LIMIT) undo.removeLast();
        redo.clear();
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Project undo() {
        if (undo.isEmpty()) return current;
        Edit edit = undo.pop();
        current = edit.revert(current);
        redo.push(edit);
        return current;
    }

    public Project redo() {
        if (redo.isEmpty()) return current;
        Edit edit = redo.pop();
        current = edit.apply(current);
        undo.push(edit);
        return current;
    }

    public String undoDescription() {
        return undo.isEmpty() ? "" : "Undo " + undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : "Redo " + redo.peek().description();
    }

    public boolean modified() {
        return saved == null || !current.designs().equals(saved.designs());
    }

    /** For a recovered project: nothing of it is on disk yet. */
    public void markUnsaved() {
        saved = null;
    }

    public void markSaved() {
        saved = current;
    }
}
