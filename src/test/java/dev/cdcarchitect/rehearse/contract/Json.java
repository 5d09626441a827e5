package dev.cdcarchitect.rehearse.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Edits the "config" object of an exported connector JSON. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    @SuppressWarnings("unchecked")
    static String editConfig(String connectorJson, Consumer<Map<String, String>> change) {
        try {
            Map<String, Object> body = MAPPER.readValue(connectorJson, LinkedHashMap.class);
            Map<String, String> config = new LinkedHashMap<>((Map<String, String>) body.get("config"));
            change.accept(config);
            body.put("config", config);
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
