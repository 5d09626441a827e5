package dev.cdcarchitect.export.configs;

import java.util.LinkedHashMap;
import java.util.Map;

/** One connector of the design with its final settings (placeholders already turned into provider references). */
public record ConnectorConfig(String name, boolean source, Map<String, String> config) {

    public ConnectorConfig {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The body Kafka Connect's REST API takes on {@code POST /connectors}. */
    public Map<String, Object> restBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("config", config);
        return body;
    }
}
