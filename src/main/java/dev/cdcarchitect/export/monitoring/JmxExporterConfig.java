package dev.cdcarchitect.export.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Prometheus JMX exporter configuration for the Kafka Connect workers (and Debezium Server) that turns the MBeans
 * the rules read into the metric names they use. Written after the published examples, whose bean formats it follows:
 * Strimzi's Kafka Connect metrics config
 * (https://github.com/strimzi/strimzi-kafka-operator/blob/main/packaging/examples/metrics/kafka-connect-metrics.yaml)
 * and Debezium's JMX exporter config
 * (https://github.com/debezium/debezium-examples/blob/main/monitoring/debezium-jmx-exporter/config.yml). MBean names:
 * https://kafka.apache.org/documentation/#connect_monitoring and
 * https://debezium.io/documentation/reference/stable/operations/monitoring.html.
 * Only the attributes the rules and the dashboard use are exported, which keeps the scrape small.
 */
final class JmxExporterConfig {

    /**
     * One exporter rule: a regular expression over {@code domain<key=value, ...><>attribute: value} and the metric
     * name (with $n groups) it produces.
     */
    record Rule(String pattern, String name, Map<String, String> labels, String type, Integer value, String help) {}

    /** The Debezium attributes the rules and the dashboard read (connector-metrics, streaming and snapshot contexts). */
    static final String DEBEZIUM_ATTRIBUTES = "Connected|MilliSecondsBehindSource|SnapshotRunning|SnapshotAborted"
            + "|SnapshotDurationInSeconds";

    static final List<Rule> RULES = List.of(
            new Rule("kafka.connect<type=connector-metrics, connector=([^,>]+)><>status: ([a-z-]+)", "kafka_connect_connector_status",
                    labels("connector", "$1", "status", "$2"), "GAUGE", 1, "Kafka Connect connector state (1 for the current status)"),
            new Rule("kafka.connect<type=connector-task-metrics, connector=([^,>]+), task=([^,>]+)><>status: ([a-z-]+)",
                    "kafka_connect_connector_task_status", labels("connector", "$1", "task", "$2", "status", "$3"), "GAUGE", 1,
                    "Kafka Connect task state (1 for the current status)"),
            new Rule("kafka.connect<type=connect-worker-rebalance-metrics><>(completed-rebalances-total)", "kafka_connect_worker_rebalance_$1",
                    Map.of(), "COUNTER", null, "Rebalances this worker completed"),
            new Rule("debezium.([^:]+)<type=connector-metrics, context=([^,]+), server=([^,>]+)><>(" + DEBEZIUM_ATTRIBUTES + ")",
                    "debezium_metrics_$4", labels("plugin", "$1", "context", "$2", "server", "$3"), "GAUGE", null,
                    "Debezium connector metric (streaming or snapshot context)"),
            // Connectors with one MBean per task and database (SQL Server, and others that run several tasks).
            new Rule("debezium.([^:]+)<type=connector-metrics, server=([^,>]+), task=([^,>]+), context=([^,]+), database=([^,>]+)><>("
                    + DEBEZIUM_ATTRIBUTES + ")", "debezium_metrics_$6",
                    labels("plugin", "$1", "server", "$2", "task", "$3", "context", "$4", "database", "$5"), "GAUGE", null,
                    "Debezium connector metric per task and database"));

    private JmxExporterConfig() {}

    /** The configuration file's content as a tree for the YAML writer. */
    static Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lowercaseOutputName", false);
        doc.put("lowercaseOutputLabelNames", true);
        doc.put("rules", RULES.stream().map(JmxExporterConfig::rule).toList());
        return doc;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pattern", r.pattern());
        out.put("name", r.name());
        if (r.value() != null) out.put("value", r.value());
        if (!r.labels().isEmpty()) out.put("labels", r.labels());
        out.put("help", r.help());
        out.put("type", r.type());
        return out;
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return out;
    }
}
