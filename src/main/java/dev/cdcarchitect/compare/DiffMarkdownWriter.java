package dev.cdcarchitect.compare;

import dev.cdcarchitect.export.document.MarkdownText;

/** The comparison as Markdown: inputs and metrics tables (differences marked), then per section what changed. */
public final class DiffMarkdownWriter {

    /** Several comparisons of one baseline, in order, separated by a rule. */
    public String writeAll(java.util.List<DesignDiff> diffs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diffs.size(); i++) out.append(i == 0 ? "" : "\n---\n\n").append(write(diffs.get(i)));
        return out.toString();
    }

    public String write(DesignDiff diff) {
        String a = MarkdownText.inline(diff.nameA());
        String b = MarkdownText.inline(diff.nameB());
        StringBuilder md = new StringBuilder("# Design comparison: ").append(a).append(" vs ").append(b).append("\n");
        md.append("\n## Inputs\n\n");
        table(md, "Input", a, b, diff.inputs());
        md.append("\n## Metrics\n\n");
        table(md, "Metric", a, b, diff.metrics());
        for (DesignDiff.SectionChanges s : diff.sections()) {
            md.append("\n## ").append(s.section().number()).append(". ").append(MarkdownText.inline(s.section().heading())).append("\n\n");
            if (s.changes().isEmpty()) {
                md.append("No differences.\n");
                continue;
            }
            for (DesignDiff.DecisionChange c : s.changes()) {
                md.append("- **").append(switch (c.kind()) {
                    case ADDED -> "Added in " + b;
                    case REMOVED -> "Only in " + a;
                    case CHANGED -> "Changed";
                }).append("** `").append(c.id()).append("`: ").append(MarkdownText.inline(c.title())).append("\n");
                for (WordDiff.Change w : c.wording()) {
                    md.append("  - ").append(words(w.a())).append(" → ").append(words(w.b())).append("\n");
                }
                if (c.kind() == DesignDiff.Kind.CHANGED && c.statementA() != null && !c.statementA().equals(c.statementB())) {
                    md.append("  - ").append(a).append(": ").append(MarkdownText.inline(c.statementA())).append("\n");
                    md.append("  - ").append(b).append(": ").append(MarkdownText.inline(c.statementB())).append("\n");
                }
            }
            boolean settings = s.changes().stream().anyMatch(c -> !c.config().isEmpty());
            if (settings) {
                md.append("\n| Setting | Where | ").append(a).append(" | ").append(b).append(" |\n| --- | --- | --- | --- |\n");
                for (DesignDiff.DecisionChange c : s.changes()) {
                    for (DesignDiff.ConfigChange cc : c.config()) {
                        md.append("| `").append(cc.key()).append("` | ").append(MarkdownText.cell(cc.place())).append(" | ")
                                .append(value(cc.a())).append(" | ").append(value(cc.b())).append(" |\n");
                    }
                }
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String first, String a, String b, java.util.List<DesignDiff.Row> rows) {
        md.append("| ").append(first).append(" | ").append(a).append(" | ").append(b).append(" | Differs |\n| --- | --- | --- | --- |\n");
        for (DesignDiff.Row r : rows) {
            md.append("| ").append(MarkdownText.cell(r.label())).append(" | ").append(MarkdownText.cell(r.a())).append(" | ")
                    .append(MarkdownText.cell(r.b())).append(" | ").append(r.differs() ? "**yes**" : "no").append(" |\n");
        }
    }

    private static String words(String w) {
        return w.isEmpty() ? "(nothing)" : "“" + MarkdownText.inline(w) + "”";
    }

    private static String value(String v) {
        return v == null ? "(not set)" : MarkdownText.cell(v);
    }
}
