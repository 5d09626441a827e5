package dev.cdcarchitect.export;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.domain.SpecSection;
import java.util.List;

/**
 * Renders a specification as strict Markdown: the five numbered sections, one heading per decision, bullets,
 * fenced configuration blocks grouped by where they apply, and tables for sizing and failures.
 */
public final class MarkdownSpecWriter {

    public String write(DesignSpec spec) {
        StringBuilder md = new StringBuilder(32_768);
        md.append("# CDC Architecture Specification: ").append(inline(spec.title())).append("\n");
        body(md, spec);
        return md.toString();
    }

    /** The five sections without the document title, for documents that put their own front matter first. */
    public void body(StringBuilder md, DesignSpec spec) {
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (Section section : spec.sections()) {
            md.append("\n## ").append(section.kind().number()).append(". ").append(section.kind().heading()).append("\n");
            if (section.kind() == SpecSection.ENGINE) {
                warnings(md, spec.warnings());
                assumptions(md, spec.assumptions());
                sizing(md, spec.sizing().lines());
            }
            for (Decision decision : section.decisions()) {
                decision(md, decision, headings);
            }
            if (section.kind() == SpecSection.FAILURE) {
                failureMatrix(md, spec.failureMatrix());
            }
        }
    }

    private static void warnings(StringBuilder md, List<String> warnings) {
        if (warnings.isEmpty()) return;
        md.append("\n### Input warnings\n\n");
        for (String w : warnings) md.append("- ").append(inline(w)).append("\n");
    }

    private static void assumptions(StringBuilder md, List<Assumption> assumptions) {
        if (assumptions.isEmpty()) return;
        md.append("\n### Assumptions\n\n");
        for (Assumption a : assumptions) {
            md.append("- **").append(inline(a.field())).append(":** ").append(inline(a.value())).append(". ")
                    .append(inline(a.reason())).append("\n");
        }
    }

    private static void sizing(StringBuilder md, List<SizingLine> lines) {
        md.append("\n### Sizing\n\n| Figure | Value | Formula |\n| --- | --- | --- |\n");
        for (SizingLine line : lines) {
            md.append("| ").append(cell(line.label())).append(" | ").append(cell(line.value())).append(" | ")
                    .append(cell(line.formula())).append(" |\n");
        }
    }

    private static void decision(StringBuilder md, Decision d, java.util.Set<String> headings) {
        // Headings are anchors: a repeated title gets its decision id so every heading stays unique.
        String heading = headings.add(d.title()) ? d.title() : d.title() + " (" + d.id() + ")";
        md.append("\n### ").append(inline(heading)).append("\n\n");
        md.append("- **Decision** (`").append(d.id()).append("`): ").append(inline(d.statement())).append("\n");
        md.append("- **Rationale:** ").append(inline(d.rationale())).append("\n");
        for (String w : d.warnings()) md.append("- **Warning:** ").append(inline(w)).append("\n");
        if (!d.references().isEmpty()) {
            md.append("- **References:** ");
            for (int i = 0; i < d.references().size(); i++) {
                Reference r = d.references().get(i);
                if (i > 0) md.append("; ");
                md.append('[').append(inline(r.title())).append("](").append(MarkdownText.linkTarget(r.url())).append(')');
            }
            md.append("\n");
        }
        configBlocks(md, d.config());
        for (Snippet s : d.snippets()) {
            String body = comment(s.language()) + ' ' + oneLine(s.title()) + "\n" + s.code();
            String fence = MarkdownText.fenceFor(body);
            md.append("\n").append(fence).append(s.language()).append("\n").append(body).append("\n").append(fence).append("\n");
        }
    }

    /** One fenced block per place the settings go, in the order they first appear. */
    private static void configBlocks(StringBuilder md, List<ConfigEntry> config) {
        int i = 0;
        while (i < config.size()) {
            ConfigEntry first = config.get(i);
            StringBuilder block = new StringBuilder("# ").append(first.scope().displayName()).append(": ").append(oneLine(first.component())).append("\n");
            while (i < config.size() && config.get(i).scope() == first.scope() && config.get(i).component().equals(first.component())) {
                block.append(oneLine(config.get(i).key())).append('=').append(oneLine(config.get(i).value())).append("\n");
                i++;
            }
            String fence = MarkdownText.fenceFor(block.toString());
            md.append("\n").append(fence).append("properties\n").append(block).append(fence).append("\n");
        }
    }

    private static void failureMatrix(StringBuilder md, List<FailureScenario> rows) {
        md.append("\n### Failure matrix\n\n| Failure | Detection | Impact | Recovery | RPO | RTO |\n| --- | --- | --- | --- | --- | --- |\n");
        for (FailureScenario f : rows) {
            md.append("| ").append(cell(f.failure())).append(" | ").append(cell(f.detection())).append(" | ").append(cell(f.impact()))
                    .append(" | ").append(cell(f.recovery())).append(" | ").append(cell(f.rpo())).append(" | ")
                    .append(cell(f.rto())).append(" |\n");
        }
    }

    private static String comment(String language) {
        return switch (language) {
            case "sql", "cql" -> "--";
            case "javascript" -> "//";
            default -> "#";
        };
    }

    static String inline(String text) {
        return MarkdownText.inline(text);
    }

    static String cell(String text) {
        return MarkdownText.cell(text);
    }

    /** A value inside a fenced block stays on its line. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
