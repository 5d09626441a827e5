package dev.cdcarchitect.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** JSON in and out for the protocols (Jackson). */
final class JsonProtocolSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json; charset=utf-8");

    private JsonProtocolSupport() {}

    static RequestBody body(ObjectNode json) {
        return RequestBody.create(json.toString(), APPLICATION_JSON);
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    /** {@code error.message} of an error body; both providers put it there. */
    static String errorMessage(String body) {
        JsonNode json = read(body);
        if (json == null) return null;
        JsonNode message = json.path("error").path("message");
        return message.isTextual() ? message.asText() : null;
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
