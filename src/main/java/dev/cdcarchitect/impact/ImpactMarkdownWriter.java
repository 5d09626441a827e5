package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.Reference;
import java.util.List;

/** The impact report as Markdown: the verdict first, then the findings along the pipeline, the schemas and the runbook. */
public final class ImpactMarkdownWriter {

    public String write(ImpactReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Impact: ").append(report.change().describe()).append("\n\n");
        md.append("**").append(verdict(report.severity())).append("** · topic `").append(report.topic()).append("`\n\n");
        Finding.Stage stage = null;
        for (Finding f : report.findings()) {
            if (f.stage() != stage) {
                if (stage != null) md.append("\n");
                stage = f.stage();
                md.append("## ").append(title(stage)).append("\n\n");
            }
            md.append("- ").append(mark(f.severity())).append(" **").append(f.component()).append("**: ").append(f.statement());
            if (!f.fix().isEmpty()) md.append("\n  - What to do: ").append(f.fix());
            md.append("\n  - Sources: ").append(links(f.references())).append("\n");
        }
        ImpactReport.Schemas s = report.schemas();
        if (s != null && report.valueVerdict() != null) {
            md.append("\n## Schemas the connector writes (the key and the columns this change touches)\n\n");
            schema(md, "Value before", s.language(), s.valueBefore());
            schema(md, "Value after", s.language(), s.valueAfter());
            if (report.keyVerdict() != null && !s.keyBefore().equals(s.keyAfter())) {
                schema(md, "Key before", s.language(), s.keyBefore());
                schema(md, "Key after", s.language(), s.keyAfter());
            }
        }
        md.append("\n## Runbook\n\n");
        List<String> steps = report.runbook();
        for (int i = 0; i < steps.size(); i++) md.append(i + 1).append(". ").append(steps.get(i)).append("\n");
        return md.toString();
    }

    private static void schema(StringBuilder md, String title, String language, String text) {
        md.append(title).append(":\n\n```").append(language).append("\n").append(text.stripTrailing()).append("\n```\n\n");
    }

    private static String links(List<Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (Reference r : refs) {
            if (s.length() > 0) s.append("; ");
            s.append('[').append(r.title()).append("](").append(r.url()).append(')');
        }
        return s.toString();
    }

    /** The verdict line the report opens with (also the window's). */
    public static String verdict(Finding.Severity severity) {
        return switch (severity) {
            case ABSORBED -> "Absorbed: this design takes the change as configured.";
            case NEEDS_A_STEP -> "Absorbed with steps: follow the runbook.";
            case BREAKS -> "Breaks this design as configured: see the red findings and their fixes.";
        };
    }

    public static String mark(Finding.Severity severity) {
        return switch (severity) {
            case ABSORBED -> "[ok]";
            case NEEDS_A_STEP -> "[step]";
            case BREAKS -> "[BREAKS]";
        };
    }

    public static String title(Finding.Stage stage) {
        return switch (stage) {
            case SOURCE -> "Source connector";
            case REGISTRY -> "Schema registry";
            case SINK -> "Sinks";
            case CONSUMERS -> "Consumers";
        };
    }
}
