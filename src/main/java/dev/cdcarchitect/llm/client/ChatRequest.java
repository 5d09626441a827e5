package dev.cdcarchitect.llm.client;

import dev.cdcarchitect.llm.prompt.PromptFile;
import java.util.List;

/** The rendered messages with the model and temperature to use. */
public record ChatRequest(String model, Double temperature, List<PromptFile.PromptMessage> messages) {

    public ChatRequest {
        messages = List.copyOf(messages);
    }

    public String system() {
        return messages.stream().filter(m -> m.role().equals("system")).map(PromptFile.PromptMessage::content).reduce((a, b) -> a + "\n\n" + b).orElse("");
    }

    public List<PromptFile.PromptMessage> conversation() {
        return messages.stream().filter(m -> !m.role().equals("system")).toList();
    }
}
