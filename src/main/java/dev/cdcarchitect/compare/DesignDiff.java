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

    /** A decision matched by id. For ADDED only the B side is set, for REMOVED only A. */
    public record DecisionChange(Kind kind, String id, String title, String statementA, String statementB, List<ConfigChange> config) {
        public DecisionChange {
            config = List.copyOf(config);
        }
    }

    /** A setting that differs; a null side means the setting is absent there. */
    public record ConfigChange(String place, String key, String a, String b) {}

    public boolean identical() {
        return inputs.stream().noneMatch(Row::differs) && metrics.stream().noneMatch(Row::differs)
                && sections.stream().allMatch(s -> s.changes().isEmpty());
    }
}
