package dev.cdcarchitect.export.configs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads connectors and topics back from the files of an exported bundle, exactly as written, so a rehearsal runs
 * what the user would deploy rather than the builder's in-memory view.
 */
public final class ExportedConfigs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportedConfigs() {}

    /**
     * Every {@code connect/*.json} body; a connector is a source when its class is a Debezium source connector. Debezium's
     * own sinks live in the same package tree ({@code io.debezium.connector.jdbc.JdbcSinkConnector}) and end in SinkConnector.
     */
    public static List<ConnectorConfig> connectors(ConfigBundle bundle) {
        List<ConnectorConfig> out = new ArrayList<>();
        bundle.files().forEach((path, text) -> {
            if (!path.startsWith("connect/") || !path.endsWith(".json")) return;
            Map<String, Object> body = parse(path, text, new TypeReference<>() {});
            Map<String, String> config = new LinkedHashMap<>();
            if (body.get("config") instanceof Map<?, ?> settings) settings.forEach((k, v) -> config.put(String.valueOf(k), String.valueOf(v)));
            String connectorClass = config.getOrDefault("connector.class", "");
            out.add(new ConnectorConfig(String.valueOf(body.get("name")), connectorClass.startsWith("io.debezium.connector.")
                    && !connectorClass.endsWith("SinkConnector"), config));
        });
        return out;
    }

    /** The topics of {@code topics.json}. */
    public static List<TopicConfig> topics(ConfigBundle bundle) {
        String text = bundle.files().get("topics.json");
        return text == null ? List.of() : parse("topics.json", text, new TypeReference<List<TopicConfig>>() {});
    }

    /** The settings of {@code worker.properties}, sorted by key; empty when the bundle has none. */
    public static Map<String, String> worker(ConfigBundle bundle) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(bundle.files().getOrDefault("worker.properties", "")));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the exported worker.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static <T> T parse(String path, String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the exported file " + path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
