package dev.cdcarchitect.llm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdcarchitect.llm.prompt.PromptFile;
import okhttp3.Request;

/**
 * OpenAI-compatible chat completions, streamed ({@code POST {base}/chat/completions}, {@code stream: true}); works
 * with OpenAI, Azure OpenAI (base URL of the deployment, key in {@code api-key}), Ollama, LM Studio and vLLM.
 */
final class OpenAiProtocol implements Protocol {

    @Override
    public Request request(ChatRequest chat, LlmSettings settings) {
        ObjectNode json = JsonProtocolSupport.JSON.createObjectNode();
        json.put("model", chat.model());
        if (chat.temperature() != null) json.put("temperature", chat.temperature());
        json.put("stream", true);
        json.putObject("stream_options").put("include_usage", true);
        ArrayNode messages = json.putArray("messages");
        for (PromptFile.PromptMessage m : chat.messages()) messages.addObject().put("role", m.role()).put("content", m.content());
        Request.Builder request = new Request.Builder().url(JsonProtocolSupport.trimSlash(settings.baseUrl()) + "/chat/completions")
                .post(JsonProtocolSupport.body(json));
        if (settings.apiKey() != null && !settings.apiKey().isEmpty()) {
            if (settings.baseUrl().contains(".openai.azure.com")) request.header("api-key", settings.apiKey());
            else request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request.build();
    }

    @Override
    public WireEvent parse(String type, String data) {
        if (data.trim().equals("[DONE]")) return new WireEvent.Done();
        JsonNode json = JsonProtocolSupport.read(data);
        if (json == null) return new WireEvent.Error("the server sent an event that is not JSON", false);
        if (json.has("error")) {
            String message = json.path("error").path("message").asText(json.path("error").asText("unknown error"));
            return new WireEvent.Error(message, message.toLowerCase(java.util.Locale.ROOT).contains("overloaded"));
        }
        JsonNode content = json.path("choices").path(0).path("delta").path("content");
        if (content.isTextual() && !content.asText().isEmpty()) return new WireEvent.Token(content.asText());
        if (json.path("usage").has("completion_tokens")) return new WireEvent.Usage(json.path("usage").path("completion_tokens").asInt());
        return new WireEvent.Ignore();
    }

    @Override
    public String errorMessage(String body) {
        return JsonProtocolSupport.errorMessage(body);
    }

    @Override
    public boolean isQuotaError(String body) {
        JsonNode json = JsonProtocolSupport.read(body);
        String code = json == null ? "" : json.path("error").path("code").asText("") + " " + json.path("error").path("type").asText("");
        return code.contains("insufficient_quota") || code.contains("billing");
    }
}
