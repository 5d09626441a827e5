package dev.cdcarchitect.compare;

import dev.cdcarchitect.domain.DesignResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two or more designs side by side: each design after the first is compared with the first (the baseline), and
 * the inputs and metrics are merged into one table with a column per design.
 */
public final class MultiComparison {

    /** A design to compare, under the name the user gave it. */
    public record Named(String name, DesignResult.Generated design) {}

    /** One table row: a value per design, in order; {@code differs} when any value differs from the baseline's. */
    public record Row(String label, List<String> values, boolean differs) {
        public Row {
            values = List.copyOf(values);
        }
    }

    private final List<String> names;
    private final List<DesignDiff> diffs;

    private MultiComparison(List<String> names, List<DesignDiff> diffs) {
        this.names = List.copyOf(names);
        this.diffs = List.copyOf(diffs);
    }

    public static MultiComparison of(List<Named> designs) {
        if (designs.size() < 2) throw new IllegalArgumentException("a comparison needs at least two designs, got " + designs.size());
        Named baseline = designs.get(0);
        DesignComparator comparator = new DesignComparator();
        List<DesignDiff> diffs = new ArrayList<>();
        for (Named other : designs.subList(1, designs.size())) {
            diffs.add(comparator.compare(baseline.name(), baseline.design(), other.name(), other.design()));
        }
        return new MultiComparison(designs.stream().map(Named::name).toList(), diffs);
    }

    public List<String> names() { return names; }

    /** The baseline against each further design, in order. */
    public List<DesignDiff> diffs() { return diffs; }

    /** Inputs, then metrics, with one value per design. */
    public List<Row> rows() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Boolean> differs = new LinkedHashMap<>();
        for (int i = 0; i < diffs.size(); i++) {
            List<DesignDiff.Row> rows = new ArrayList<>(diffs.get(i).inputs());
            rows.addAll(diffs.get(i).metrics());
            for (DesignDiff.Row row : rows) {
                List<String> line = values.computeIfAbsent(row.label(), k -> new ArrayList<>(java.util.Collections.nCopies(names.size(), "")));
                line.set(0, row.a());
                line.set(i + 1, row.b());
                differs.merge(row.label(), row.differs(), Boolean::logicalOr);
            }
        }
        List<Row> out = new ArrayList<>();
        values.forEach((label, line) -> out.add(new Row(label, line, differs.get(label))));
        return out;
    }

    /** Ids of the decisions that differ between the baseline and design {@code index} (0 = every difference). */
    public Set<String> changedDecisions(int index) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < diffs.size(); i++) {
            if (index == 0 || index == i + 1) diffs.get(i).sections().forEach(s -> s.changes().forEach(c -> ids.add(c.id())));
        }
        return ids;
    }

    /** The whole comparison as Markdown: one section per further design, in order. */
    public String markdown() {
        return new DiffMarkdownWriter().writeAll(diffs);
    }
}
