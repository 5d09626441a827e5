package dev.cdcarchitect.project.edit;

import dev.cdcarchitect.project.Project;

/** One undoable change to a project, as a value: it knows how to apply and revert itself. */
public interface Edit {

    Project apply(Project project);

    Project revert(Project project);

    /** For the Edit menu: "Undo change texts of 'baseline'". */
    String description();
}
