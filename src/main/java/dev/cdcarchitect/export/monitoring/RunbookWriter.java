package dev.cdcarchitect.export.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RUNBOOK.md: one section per alert (what it means, its threshold for this design, what to do). Headings are the
 * alert name in words, so the heading's anchor is the one the rules link to ("Connector task failed" ->
 * #connector-task-failed).
 */
final class RunbookWriter {

    static final String FILE = "RUNBOOK.md";

    private RunbookWriter() {}

    static String write(String title, List<AlertRule> rules) {
        Map<String, List<AlertRule>> byName = new LinkedHashMap<>();
        for (AlertRule r : rules) byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        StringBuilder md = new StringBuilder();
        md.append("# Runbook: ").append(title).append("\n\n");
        md.append("One section per alert in ").append(PrometheusRuleFile.FILE)
                .append(". Every threshold is derived from this design; the derivation is repeated here and in the rule's "
                        + "`threshold` annotation.\n\n");
        for (Map.Entry<String, List<AlertRule>> e : byName.entrySet()) {
            AlertRule first = e.getValue().get(0);
            md.append("## ").append(words(first.name())).append("\n\n");
            md.append("Alert `").append(first.name()).append("`, severity ").append(first.severity()).append(", stage ")
                    .append(first.stage().title().toLowerCase(java.util.Locale.ROOT)).append(".\n\n");
            md.append("**What it means.** ").append(first.meaning()).append("\n\n");
            md.append("**Threshold.**\n\n");
            for (AlertRule r : e.getValue()) {
                md.append("- ").append(r.sinkLabel().isEmpty() ? "" : r.sinkLabel() + ": ").append(r.derivation())
                        .append(" Fires on `").append(r.expr()).append('`')
                        .append("0m".equals(r.forDuration()) ? "" : " for " + r.forDuration()).append(".\n");
            }
            md.append("\n**What to do.** ").append(first.action()).append("\n\n");
        }
        return md.toString();
    }

    /** "ConnectorTaskFailed" -> "Connector task failed", whose Markdown anchor equals {@link AlertRule#anchor()}. */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
