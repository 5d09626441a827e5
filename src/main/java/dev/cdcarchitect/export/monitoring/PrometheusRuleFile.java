package dev.cdcarchitect.export.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules as a Prometheus rule file tree (https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/):
 * one group per stage, each alert labelled with its severity, stage and pipeline and annotated with its threshold's
 * derivation and a runbook link relative to the rule file.
 */
final class PrometheusRuleFile {

    static final String FILE = "cdc-alerts.rules.yml";

    private PrometheusRuleFile() {}

    static Map<String, Object> document(String pipeline, List<AlertRule> rules) {
        List<Object> groups = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Object> inStage = new ArrayList<>();
            for (AlertRule r : rules) {
                if (r.stage() == stage) inStage.add(rule(pipeline, r));
            }
            if (inStage.isEmpty()) continue;
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", pipeline + "-" + slug(stage));
            group.put("rules", inStage);
            groups.add(group);
        }
        return Map.of("groups", groups);
    }

    private static Map<String, Object> rule(String pipeline, AlertRule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alert", r.name());
        out.put("expr", r.expr());
        if (!"0m".equals(r.forDuration())) out.put("for", r.forDuration());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("severity", r.severity());
        labels.put("stage", slug(r.stage()));
        labels.put("pipeline", pipeline);
        if (!r.sinkLabel().isEmpty()) labels.put("sink", r.sinkLabel());
        out.put("labels", labels);
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", r.summary());
        annotations.put("description", r.meaning());
        annotations.put("threshold", r.derivation());
        annotations.put("runbook_url", RunbookWriter.FILE + "#" + r.anchor());
        out.put("annotations", annotations);
        return out;
    }

    static String slug(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
