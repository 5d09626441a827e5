package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.export.document.MarkdownText;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.List;
import java.util.Locale;

/** The rehearsal report as a Markdown document for a design review: verdict, checks with evidence, what differed, what was not proven. */
public final class RehearsalMarkdown {

    private RehearsalMarkdown() {}

    /** @param design one line naming the design, e.g. "PostgreSQL 14 -> Confluent Platform -> Snowflake, Elasticsearch" */
    public static String render(String design, RehearsalReport report) {
        StringBuilder md = new StringBuilder();
        long passed = report.checks().stream().filter(Check::passed).count();
        md.append("# Rehearsal report\n\n");
        md.append("Design: ").append(MarkdownText.inline(design)).append("\n\n");
        md.append("**").append(report.passed() ? "Passed" : "Failed").append("**: ").append(passed).append(" of ")
                .append(report.checks().size()).append(" checks passed. Starting the components took ")
                .append(seconds(report.startup().toMillis())).append(", the workload and checks ")
                .append(seconds(report.workload().toMillis())).append(".\n\n");
        md.append("## Checks\n\n| Check | Result | Evidence |\n|---|---|---|\n");
        for (Check c : report.checks()) {
            md.append("| ").append(MarkdownText.cell(c.name())).append(" | ").append(c.passed() ? "pass" : "**FAIL**").append(" | ")
                    .append(MarkdownText.cell(c.evidence())).append(" |\n");
        }
        md.append("\n## Where the rehearsal differed from the export\n\n");
        list(md, report.substitutions(), "Nothing: the exported configuration ran unchanged.");
        md.append("\n## What this rehearsal does not prove\n\n");
        list(md, report.notProven(), "");
        return md.toString();
    }

    private static void list(StringBuilder md, List<String> lines, String empty) {
        if (lines.isEmpty()) {
            md.append(empty).append('\n');
            return;
        }
        for (String line : lines) md.append("- ").append(MarkdownText.inline(line)).append('\n');
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
