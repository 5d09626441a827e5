package dev.cdcarchitect.export.configs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Strimzi custom resources ({@code KafkaConnector}, {@code KafkaTopic}, API kafka.strimzi.io/v1beta2) as YAML trees. */
final class StrimziResources {

    static final String API_VERSION = "kafka.strimzi.io/v1beta2";
    /** The Strimzi {@code KafkaConnect} resource the connectors run on, and the {@code Kafka} cluster the topics live in. */
    static final String CONNECT_CLUSTER = "cdc-connect";
    static final String KAFKA_CLUSTER = "cdc-kafka";

    private StrimziResources() {}

    static Map<String, Object> connector(ConnectorConfig c) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("class", c.config().get("connector.class"));
        spec.put("tasksMax", Integer.parseInt(c.config().getOrDefault("tasks.max", "1")));
        Map<String, String> config = new LinkedHashMap<>(c.config());
        config.remove("connector.class");
        config.remove("tasks.max");
        spec.put("config", config);
        return resource("KafkaConnector", resourceName(c.name()), CONNECT_CLUSTER, spec);
    }

    static Map<String, Object> topic(TopicConfig t) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("topicName", t.name());
        spec.put("partitions", t.partitions());
        spec.put("replicas", t.replicationFactor());
        spec.put("config", t.configs());
        return resource("KafkaTopic", resourceName(t.name()), KAFKA_CLUSTER, spec);
    }

    private static Map<String, Object> resource(String kind, String name, String cluster, Map<String, Object> spec) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", API_VERSION);
        root.put("kind", kind);
        // Ordered maps only: Map.of iterates in a per-JVM order, and the file must read the same on every run.
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        metadata.put("labels", Map.of("strimzi.io/cluster", cluster));
        root.put("metadata", metadata);
        root.put("spec", spec);
        return root;
    }

    /** A Kubernetes object name: lower case letters, digits, '-' and '.', starting and ending alphanumeric. */
    static String resourceName(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        if (cleaned.isEmpty()) cleaned = "resource";
        return cleaned.length() <= 253 ? cleaned : cleaned.substring(0, 253).replaceAll("[^a-z0-9]+$", "");
    }
}
