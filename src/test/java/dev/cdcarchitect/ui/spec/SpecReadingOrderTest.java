package dev.cdcarchitect.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecReadingOrder;
import dev.cdcarchitect.domain.SpecReadingOrder.Part;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.export.document.SpecOutline;
import dev.cdcarchitect.export.document.SpecSink;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's list of the spec and the exported documents (Markdown and PDF share SpecOutline) read in the same
 * order: section by section, the same parts under the same titles, the same decisions. Without a toolkit: the list
 * rows are plain records.
 */
class SpecReadingOrderTest {

    private static final Set<String> PART_TITLES = new HashSet<>(Stream.concat(
            Stream.of(Part.values()).map(Part::title), Stream.of(SpecReadingOrder.NOT_UNDERSTOOD)).toList());

    @Test
    void windowAndDocumentsReadTheSpecInTheSameOrder() {
        Set<String> seen = new HashSet<>();
        for (DesignSpec spec : specs()) {
            List<String> document = document(spec);
            assertEquals(document, window(spec), spec.title());
            seen.addAll(document);
        }
        // The designs exercise every titled part, so no part escapes the comparison.
        for (String title : PART_TITLES) {
            if (!title.isEmpty()) assertTrue(seen.contains(title), "no design shows " + title);
        }
    }

    private static List<DesignSpec> specs() {
        List<DesignSpec> specs = new ArrayList<>();
        for (GoldenDesigns.Case c : GoldenDesigns.ALL) specs.add(generate(c.source(), c.target()));
        specs.add(generate("PostgreSQL 14, 2 TB, 3k TPS, flurbish the quantum widgets 42 times",
                "Kafka to Snowflake, exactly-once and at-least-once, p99 latency under 10 ms"));
        return specs;
    }

    private static DesignSpec generate(String source, String target) {
        return assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source, target)).spec();
    }

    /** Section numbers, part titles and decision ids as the documents write them. */
    private static List<String> document(DesignSpec spec) {
        List<String> read = new ArrayList<>();
        SpecOutline.write(spec, new SpecSink() {
            @Override public void section(SpecSection section) { read.add("section " + section.number()); }

            @Override public void heading(String title) { if (PART_TITLES.contains(title)) read.add(title); }

            @Override public void bullet(String label, String id, String text) { if ("Decision".equals(label)) read.add(id); }

            @Override public void references(List<Reference> references) {}

            @Override public void table(List<String> header, List<List<String>> rows) {}

            @Override public void code(String language, String body) {}
        });
        return read;
    }

    /** The same, as the window's rows show them. */
    private static List<String> window(DesignSpec spec) {
        List<String> read = new ArrayList<>();
        for (SpecItem item : SpecItem.of(spec)) {
            if (item instanceof SpecItem.Heading h) read.add("section " + h.section().number());
            if (item instanceof SpecItem.Warnings) read.add(Part.INPUT_WARNINGS.title());
            if (item instanceof SpecItem.InputsAsRead r) {
                if (!r.trace().facts().isEmpty()) read.add(Part.INPUTS_AS_READ.title());
                if (!r.trace().notUnderstood().isEmpty()) read.add(SpecReadingOrder.NOT_UNDERSTOOD);
            }
            // The documents leave out an empty list of assumptions; the window shows its heading.
            if (item instanceof SpecItem.Assumptions a && !a.assumptions().isEmpty()) read.add(Part.ASSUMPTIONS.title());
            if (item instanceof SpecItem.Sizing) read.add(Part.SIZING.title());
            if (item instanceof SpecItem.DecisionItem d) read.add(d.decision().id());
            if (item instanceof SpecItem.FailureMatrix) read.add(Part.FAILURE_MATRIX.title());
        }
        return read;
    }
}
