package dev.cdcarchitect.project.edit;

import dev.cdcarchitect.project.Project;
import dev.cdcarchitect.project.ProjectDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The edits a design can undergo; each is a small record that replaces one design or inserts/removes one. */
public final class DesignEdits {

    private DesignEdits() {}

    /** Replaces design {@code before} (matched by name) with {@code after}: texts, what-if values, notes, a rename. */
    public record Change(ProjectDesign before, ProjectDesign after, String what) implements Edit {
        @Override
        public Project apply(Project project) {
            return replace(project, before.name(), d -> after);
        }

        @Override
        public Project revert(Project project) {
            return replace(project, after.name(), d -> before);
        }

        @Override
        public String description() {
            return what + " of '" + before.name() + "'";
        }
    }

    /** Adds a design (a new one or a variant) at a position. */
    public record Add(ProjectDesign design, int index) implements Edit {
        @Override
        public Project apply(Project project) {
            List<ProjectDesign> designs = new ArrayList<>(project.designs());
            designs.add(Math.min(index, designs.size()), design);
            return with(project, designs);
        }

        @Override
        public Project revert(Project project) {
            List<ProjectDesign> designs = new ArrayList<>(project.designs());
            designs.removeIf(d -> d.name().equals(design.name()));
            return with(project, designs);
        }

        @Override
        public String description() {
            return "add '" + design.name() + "'";
        }
    }

    /** Removes a design, remembering where it was. */
    public record Remove(ProjectDesign design, int index) implements Edit {
        @Override
        public Project apply(Project project) {
            return new Add(design, index).revert(project);
        }

        @Override
        public Project revert(Project project) {
            return new Add(design, index).apply(project);
        }

        @Override
        public String description() {
            return "remove '" + design.name() + "'";
        }
    }

    /** Moves a design from one position of the project's list to another (the order designs are listed and compared in). */
    public record Move(String name, int from, int to) implements Edit {
        @Override
        public Project apply(Project project) {
            return moved(project, from, to);
        }

        @Override
        public Project revert(Project project) {
            return moved(project, to, from);
        }

        @Override
        public String description() {
            return "move '" + name + "'";
        }

        private static Project moved(Project project, int from, int to) {
            List<ProjectDesign> designs = new ArrayList<>(project.designs());
            designs.add(to, designs.remove(from));
            return with(project, designs);
        }
    }

    static Project replace(Project project, String name, UnaryOperator<ProjectDesign> change) {
        List<ProjectDesign> designs = new ArrayList<>();
        for (ProjectDesign d : project.designs()) designs.add(d.name().equals(name) ? change.apply(d) : d);
        return with(project, designs);
    }

    static Project with(Project project, List<ProjectDesign> designs) {
        return new Project(project.formatVersion(), project.appVersion(), project.created(), project.modified(), designs, project.extra());
    }
}
