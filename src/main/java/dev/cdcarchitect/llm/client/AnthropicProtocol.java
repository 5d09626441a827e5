package dev.cdcarchitect.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdcarchitect.llm.prompt.PromptFile;
import okhttp3.Request;

/** Anthropic Messages, streamed ({@code POST {base}/v1/messages}, {@code stream: true}). */
final class AnthropicProtocol implements Protocol {

    static final String VERSION = "2023-06-01";
    private static final int MAX_TOKENS = 8192;

    @Override
    public Request request(ChatRequest chat, LlmSettings settings) {
        ObjectNode json = JsonProtocolSupport.JSON.createObjectNode();
        json.put("model", chat.model());
        json.put("max_tokens", MAX_TOKENS);
        if (chat.temperature() != null) json.put("temperature", chat.temperature());
        json.put("stream", true);
        if (!chat.system().isEmpty()) json.put("system", chat.system());
        ArrayNode messages = json.putArray("messages");
        for (PromptFile.PromptMessage m : chat.conversation()) messages.addObject().put("role", m.role()).put("content", m.content());
        Request.Builder request = new Request.Builder().url(JsonProtocolSupport.trimSlash(settings.baseUrl()) + "/v1/messages")
                .header("anthropic-version", VERSION)
                .post(JsonProtocolSupport.body(json));
        if (settings.apiKey() != null && !settings.apiKey().isEmpty()) request.header("x-api-key", settings.apiKey());
        return request.build();
    }

    @Override
    public WireEvent parse(String type, String data) {
        JsonNode json = JsonProtocolSupport.read(data);
        String kind = type != null ? type : json == null ? "" : json.path("type").asText("");
        if (json == null) return new WireEvent.Error("the server sent an event that is not JSON", false);
        return switch (kind) {
            case "content_block_delta" -> {
                JsonNode text = json.path("delta").path("text");
                yield text.isTextual() ? new WireEvent.Token(text.asText()) : new WireEvent.Ignore();
            }
            case "message_delta" -> json.path("usage").has("output_tokens")
                    ? new WireEvent.Usage(json.path("usage").path("output_tokens").asInt()) : new WireEvent.Ignore();
            case "message_stop" -> new WireEvent.Done();
            case "error" -> new WireEvent.Error(json.path("error").path("message").asText("unknown error"),
                    json.path("error").path("type").asText("").equals("overloaded_error"));
            default -> new WireEvent.Ignore();
        };
    }

    @Override
    public String errorMessage(String body) {
        return JsonProtocolSupport.errorMessage(body);
    }

    @Override
    public boolean isQuotaError(String body) {
        String message = String.valueOf(errorMessage(body)).toLowerCase(java.util.Locale.ROOT);
        return message.contains("credit balance") || message.contains("billing") || message.contains("quota");
    }
}
