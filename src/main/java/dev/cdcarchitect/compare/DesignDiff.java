package dev.cdcarchitect.compare;

import dev.cdcarchitect.domain.SpecSection;
import java.util.List;

/** Two designs side by side: differing inputs, the metrics table, and per section the decisions added, removed or changed. */
public record DesignDiff(String nameA, String nameB, List<Row> inputs, List<Row> metrics, List<SectionChanges> sections) {

    public DesignDiff {
        inputs = List.copyOf(inputs);
        metrics = List.copyOf(metrics);
        sections = List.copyOf(sections);
    }

    /** One compared value; {@code differs} marks the rows to highlight. */
    public record Row(String label, String a, String b, boolean differs) {}

    public record SectionChanges(SpecSection section, List<DecisionChange> changes) {
        public SectionChanges {
            changes = List.copyOf(changes);
        }
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * A decision matched by id. For ADDED only the B side is set, for REMOVED only A. A CHANGED decision always says
     * what changed: the differing words of its title and statement, its differing settings, or both; a change that
     * could only be listed without values is refused here rather than shown as an empty "changed".
     */
    public record DecisionChange(Kind kind, String id, String title, String statementA, String statementB, List<WordDiff.Change> wording,
            List<ConfigChange> config) {
        public DecisionChange {
            wording = List.copyOf(wording);
            config = List.copyOf(config);
            if (kind == Kind.CHANGED && wording.isEmpty() && config.isEmpty()) {
                throw new IllegalArgumentException("decision " + id + " is marked changed without a before/after value");
            }
        }
    }

    /** A setting that differs; a null side means the setting is absent there. */
    public record ConfigChange(String place, String key, String a, String b) {}

    public boolean identical() {
        return inputs.stream().noneMatch(Row::differs) && sameDesign();
    }

    /** The generated designs agree (metrics and decisions), whatever the wording of the inputs. */
    public boolean sameDesign() {
        return metrics.stream().noneMatch(Row::differs) && sections.stream().allMatch(s -> s.changes().isEmpty());
    }
}
