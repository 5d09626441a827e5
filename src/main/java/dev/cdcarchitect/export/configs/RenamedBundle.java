package dev.cdcarchitect.export.configs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A bundle with its connectors and topics rewritten (a staging rehearsal gives each a run-specific name): every
 * {@code connect/*.json} body and {@code topics.json} written again from the rewritten values, at the same paths;
 * every other file unchanged.
 */
public final class RenamedBundle {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RenamedBundle() {}

    public static ConfigBundle of(ConfigBundle bundle, UnaryOperator<ConnectorConfig> connector, UnaryOperator<TopicConfig> topic) {
        Map<String, String> files = new LinkedHashMap<>(bundle.files());
        for (Map.Entry<String, String> file : bundle.files().entrySet()) {
            String path = file.getKey();
            if (!path.startsWith("connect/") || !path.endsWith(".json")) continue;
            ConnectorConfig read = ExportedConfigs.connectors(new ConfigBundle(Map.of(path, file.getValue()))).get(0);
            files.put(path, write(connector.apply(read).restBody()));
        }
        if (files.containsKey("topics.json")) {
            List<TopicConfig> topics = ExportedConfigs.topics(bundle).stream().map(topic).toList();
            files.put("topics.json", write(topics));
        }
        return new ConfigBundle(files);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rewritten connector or topic could not be written as JSON", e);
        }
    }
}
