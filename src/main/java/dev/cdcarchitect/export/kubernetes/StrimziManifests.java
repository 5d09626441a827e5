package dev.cdcarchitect.export.kubernetes;

import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code KafkaConnector} and {@code KafkaTopic} (kafka.strimzi.io/v1) for the connectors and topics of the plain export. */
final class StrimziManifests {

    private StrimziManifests() {}

    static Map<String, Object> connector(ConnectorConfig c, String connectCluster, String namespace, ConfigReferences references) {
        Map<String, Object> root = Manifests.object(KafkaConnectManifest.API_VERSION, "KafkaConnector", Manifests.name(c.name()), namespace,
                Manifests.map("strimzi.io/cluster", connectCluster), Map.of());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("class", c.config().get("connector.class"));
        spec.put("tasksMax", Integer.parseInt(c.config().getOrDefault("tasks.max", "1")));
        Map<String, String> config = new LinkedHashMap<>();
        c.config().forEach((k, v) -> {
            if (!k.equals("connector.class") && !k.equals("tasks.max")) config.put(k, references.rewrite(v));
        });
        spec.put("config", config);
        spec.put("state", "running");
        root.put("spec", spec);
        return root;
    }

    static Map<String, Object> topic(TopicConfig t, String kafkaCluster, String namespace) {
        Map<String, Object> root = Manifests.object(KafkaConnectManifest.API_VERSION, "KafkaTopic", Manifests.name(t.name()), namespace,
                Manifests.map("strimzi.io/cluster", kafkaCluster), Map.of());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("topicName", t.name());
        spec.put("partitions", t.partitions());
        spec.put("replicas", t.replicationFactor());
        spec.put("config", t.configs());
        root.put("spec", spec);
        return root;
    }
}
