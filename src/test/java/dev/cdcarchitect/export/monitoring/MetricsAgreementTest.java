package dev.cdcarchitect.export.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules, JMX exporter config, dashboard and runbook agree by construction: every metric a rule reads is produced by a
 * pattern of the shipped JMX exporter config (applied here the way the exporter applies it to the MBeans Kafka Connect
 * and Debezium register) or is a documented metric of a named exporter; the dashboard reads only rule metrics; every
 * runbook link lands on a section.
 */
class MetricsAgreementTest {

    /**
     * MBean attributes in the JMX exporter's matching format ({@code domain<key=value, ...><>attribute: value}), as
     * registered by Kafka Connect (https://kafka.apache.org/documentation/#connect_monitoring) and Debezium
     * (https://debezium.io/documentation/reference/stable/operations/monitoring.html).
     */
    private static final List<String> MBEANS = List.of(
            "kafka.connect<type=connector-metrics, connector=app-postgres-source><>status: running",
            "kafka.connect<type=connector-task-metrics, connector=app-snowflake-sink, task=0><>status: failed",
            "kafka.connect<type=connect-worker-rebalance-metrics><>completed-rebalances-total",
            "debezium.postgres<type=connector-metrics, context=streaming, server=app><>Connected",
            "debezium.postgres<type=connector-metrics, context=streaming, server=app><>MilliSecondsBehindSource",
            "debezium.mysql<type=connector-metrics, context=snapshot, server=app><>SnapshotRunning",
            "debezium.mysql<type=connector-metrics, context=snapshot, server=app><>SnapshotAborted",
            "debezium.mysql<type=connector-metrics, context=snapshot, server=app><>SnapshotDurationInSeconds",
            "debezium.sql_server<type=connector-metrics, server=app, task=0, context=streaming, database=shop><>MilliSecondsBehindSource");

    static Stream<GoldenDesigns.Case> cases() {
        return GoldenDesigns.ALL.stream();
    }

    /** What the JMX exporter names each MBean attribute: first matching rule, $n substituted, invalid characters to '_'. */
    static Set<String> jmxProducedNames() {
        Set<String> names = new TreeSet<>();
        for (String bean : MBEANS) {
            for (JmxExporterConfig.Rule rule : JmxExporterConfig.RULES) {
                Matcher m = Pattern.compile(rule.pattern()).matcher(bean);
                if (!m.matches()) continue;
                String name = rule.name();
                for (int g = m.groupCount(); g >= 1; g--) name = name.replace("$" + g, m.group(g));
                names.add(name.replaceAll("[^a-zA-Z0-9:_]", "_").replaceAll("__+", "_"));
                break;
            }
        }
        return names;
    }

    @Test
    void theShippedJmxConfigProducesTheExpectedNames() {
        assertEquals(new TreeSet<>(Set.of("kafka_connect_connector_status", "kafka_connect_connector_task_status",
                "kafka_connect_worker_rebalance_completed_rebalances_total", "debezium_metrics_Connected",
                "debezium_metrics_MilliSecondsBehindSource", "debezium_metrics_SnapshotRunning", "debezium_metrics_SnapshotAborted",
                "debezium_metrics_SnapshotDurationInSeconds")), jmxProducedNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRuleMetricIsProducedOrDocumented(GoldenDesigns.Case c) throws Exception {
        Map<String, String> files = new MonitoringBundleBuilder().build(PromtoolCheckTest.design(c));
        Set<String> known = new HashSet<>(jmxProducedNames());
        for (Exporters e : Exporters.values()) known.addAll(e.metrics());
        Set<String> used = ruleMetrics(files);
        assertFalse(used.isEmpty());
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(known);
        assertTrue(unknown.isEmpty(), "metrics no exporter produces: " + unknown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDashboardReadsOnlyRuleMetricsWithOneRowPerStage(GoldenDesigns.Case c) throws Exception {
        Map<String, String> files = new MonitoringBundleBuilder().build(PromtoolCheckTest.design(c));
        JsonNode dashboard = new ObjectMapper().readTree(files.get(GrafanaDashboard.FILE));
        Set<String> dashboardMetrics = new TreeSet<>();
        List<String> rows = new java.util.ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            if (panel.get("type").asText().equals("row")) rows.add(panel.get("title").asText());
            for (JsonNode target : panel.path("targets")) dashboardMetrics.addAll(PromQl.metricNames(target.get("expr").asText()));
        }
        Set<String> outside = new TreeSet<>(dashboardMetrics);
        outside.removeAll(ruleMetrics(files));
        assertTrue(outside.isEmpty(), "dashboard metrics no rule uses: " + outside);
        assertFalse(dashboardMetrics.isEmpty());
        int sinks = Thresholds.of(PromtoolCheckTest.design(c)).sinks().size();
        assertEquals(4 + sinks, rows.size(), rows::toString);
        assertEquals(Stage.SOURCE_DATABASE.title(), rows.get(0));
        assertEquals(Stage.DLQ.title(), rows.get(rows.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRunbookLinkLandsOnASectionAndEveryThresholdIsExplained(GoldenDesigns.Case c) throws Exception {
        Map<String, String> files = new MonitoringBundleBuilder().build(PromtoolCheckTest.design(c));
        Set<String> anchors = new HashSet<>();
        for (String line : files.get(RunbookWriter.FILE).split("\n")) {
            if (line.startsWith("## ")) anchors.add(line.substring(3).trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        for (JsonNode rule : rules(files)) {
            String url = rule.at("/annotations/runbook_url").asText();
            assertTrue(url.startsWith(RunbookWriter.FILE + "#"), url);
            assertTrue(anchors.contains(url.substring(url.indexOf('#') + 1)), () -> url + " not in " + anchors);
            assertFalse(rule.at("/annotations/threshold").asText().isBlank(), rule::toString);
        }
    }

    @Test
    void promQlMetricNamesSkipFunctionsLabelsAndNumbers() {
        assertEquals(List.of("a_metric", "b_metric"), List.copyOf(PromQl.metricNames(
                "sum by (consumergroup, topic) (rate(a_metric{x=\"y z\"}[5m])) > 1e9 and on (job) b_metric == 0")));
    }

    private static List<JsonNode> rules(Map<String, String> files) throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(files.get(PrometheusRuleFile.FILE));
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode group : doc.get("groups")) group.get("rules").forEach(out::add);
        return out;
    }

    private static Set<String> ruleMetrics(Map<String, String> files) throws Exception {
        Set<String> out = new TreeSet<>();
        for (JsonNode rule : rules(files)) out.addAll(PromQl.metricNames(rule.get("expr").asText()));
        return out;
    }
}
