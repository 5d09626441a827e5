package dev.cdcarchitect.export.configs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** One topic for {@code topics.json}: {@code {name, partitions, replicationFactor, configs}}. */
@JsonPropertyOrder({"name", "partitions", "replicationFactor", "configs"})
public record TopicConfig(String name, int partitions, int replicationFactor, Map<String, String> configs) {

    public TopicConfig {
        configs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    }
}
