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
        return of(designs, 0);
    }

    /**
     * The design at {@code baseline} is compared with each of the others (kept in their order); it comes first in
     * {@link #names()}, so every "before → after" reads from the baseline the user chose.
     */
    public static MultiComparison of(List<Named> designs, int baseline) {
        if (designs.size() < 2) throw new IllegalArgumentException("a comparison needs at least two designs, got " + designs.size());
        if (baseline < 0 || baseline >= designs.size()) throw new IllegalArgumentException("no design " + baseline + " to take as the baseline");
        List<Named> ordered = new ArrayList<>(designs);
        Named base = ordered.remove(baseline);
        ordered.add(0, base);
        DesignComparator comparator = new DesignComparator();
        List<DesignDiff> diffs = new ArrayList<>();
        for (Named other : ordered.subList(1, ordered.size())) {
            diffs.add(comparator.compare(base.name(), base.design(), other.name(), other.design()));
        }
        return new MultiComparison(ordered.stream().map(Named::name).toList(), diffs);
    }

    public List<String> names() { return names; }

    /** The baseline against each further design, in order. */
    public List<DesignDiff> diffs() { return diffs; }

    /** Inputs, then metrics, with one value per design. */
    public List<Row> rows() {
        return merged(true);
    }

    /** The metrics only, one value per design (the window shows the inputs in full, with their differing words marked). */
    public List<Row> metricRows() {
        return merged(false);
    }

    private List<Row> merged(boolean withInputs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Boolean> differs = new LinkedHashMap<>();
        for (int i = 0; i < diffs.size(); i++) {
            List<DesignDiff.Row> rows = new ArrayList<>(withInputs ? diffs.get(i).inputs() : List.of());
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
