package dev.cdcarchitect.export.document;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.InputTrace;
import dev.cdcarchitect.domain.NotUnderstood;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.domain.SpecReadingOrder;
import dev.cdcarchitect.domain.SpecReadingOrder.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A specification document in {@link SpecReadingOrder} (the window's order too), shared by the Markdown and the
 * PDF: the five sections, the engine section led by input warnings, assumptions and sizing; one heading per
 * decision with its statement, rationale, warnings, references, configuration blocks grouped by where they apply,
 * and snippets; the failure matrix last.
 */
public final class SpecOutline {

    private SpecOutline() {}

    public static void write(DesignSpec spec, SpecSink sink) {
        Set<String> headings = new HashSet<>();
        for (Section section : spec.sections()) {
            sink.section(section.kind());
            for (Part part : SpecReadingOrder.parts(section.kind())) {
                switch (part) {
                    case INPUT_WARNINGS -> warnings(sink, spec.warnings());
                    case INPUTS_AS_READ -> inputsAsRead(sink, spec.trace());
                    case ASSUMPTIONS -> assumptions(sink, spec.assumptions());
                    case SIZING -> {
                        sink.heading(Part.SIZING.title());
                        sink.table(SpecReadingOrder.SIZING_HEADER, spec.sizing().lines().stream().map(SpecOutline::sizingRow).toList());
                    }
                    case DECISIONS -> {
                        for (Decision decision : section.decisions()) decision(sink, decision, headings);
                    }
                    case FAILURE_MATRIX -> {
                        sink.heading(Part.FAILURE_MATRIX.title());
                        sink.table(SpecReadingOrder.FAILURE_HEADER, spec.failureMatrix().stream().map(SpecOutline::failureRow).toList());
                    }
                }
            }
        }
    }

    private static void warnings(SpecSink sink, List<String> warnings) {
        if (warnings.isEmpty()) return;
        sink.heading(Part.INPUT_WARNINGS.title());
        for (String w : warnings) sink.bullet(null, null, w);
    }

    /** Every fact with the user's own words, then every part of the text that could not be used. */
    private static void inputsAsRead(SpecSink sink, InputTrace trace) {
        if (!trace.facts().isEmpty()) {
            sink.heading(Part.INPUTS_AS_READ.title());
            sink.table(SpecReadingOrder.INPUTS_HEADER, trace.facts().stream()
                    .map(f -> List.of(f.fact(), f.value(), "\"" + f.words() + "\" (" + f.span().field().fieldName() + ")"))
                    .toList());
        }
        if (!trace.notUnderstood().isEmpty()) {
            sink.heading(SpecReadingOrder.NOT_UNDERSTOOD);
            for (NotUnderstood n : trace.notUnderstood()) {
                sink.bullet("\"" + n.words() + "\"", null, "(" + n.span().field().fieldName() + ") " + n.suggestion());
            }
        }
    }

    private static void assumptions(SpecSink sink, List<Assumption> assumptions) {
        if (assumptions.isEmpty()) return;
        sink.heading(Part.ASSUMPTIONS.title());
        for (Assumption a : assumptions) sink.bullet(a.field(), null, a.value() + ". " + a.reason());
    }

    private static List<String> sizingRow(SizingLine line) {
        return List.of(line.label(), line.value(), line.formula());
    }

    private static List<String> failureRow(FailureScenario f) {
        return List.of(f.failure(), f.detection(), f.impact(), f.recovery(), f.rpo(), f.rto());
    }

    private static void decision(SpecSink sink, Decision d, Set<String> headings) {
        // Headings are anchors: a repeated title gets its decision id so every heading stays unique.
        sink.heading(headings.add(d.title()) ? d.title() : d.title() + " (" + d.id() + ")");
        sink.bullet("Decision", d.id(), d.statement());
        sink.bullet("Rationale", null, d.rationale());
        for (String w : d.warnings()) sink.bullet("Warning", null, w);
        if (!d.references().isEmpty()) sink.references(d.references());
        configBlocks(sink, d.config());
        for (Snippet s : d.snippets()) {
            sink.code(s.language(), comment(s.language()) + ' ' + oneLine(s.title()) + "\n" + s.code());
        }
    }

    /** One block per place the settings go, in the order they first appear. */
    private static void configBlocks(SpecSink sink, List<ConfigEntry> config) {
        int i = 0;
        while (i < config.size()) {
            ConfigEntry first = config.get(i);
            StringBuilder block = new StringBuilder("# ").append(first.scope().displayName()).append(": ").append(oneLine(first.component()));
            while (i < config.size() && config.get(i).scope() == first.scope() && config.get(i).component().equals(first.component())) {
                block.append('\n').append(oneLine(config.get(i).key())).append('=').append(oneLine(config.get(i).value()));
                i++;
            }
            sink.code("properties", block.toString());
        }
    }

    private static String comment(String language) {
        return switch (language) {
            case "sql", "cql" -> "--";
            case "javascript" -> "//";
            default -> "#";
        };
    }

    /** A value inside a configuration block stays on its line. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
