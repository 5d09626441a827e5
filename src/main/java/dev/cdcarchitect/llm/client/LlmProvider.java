package dev.cdcarchitect.llm.client;

/** The two wire protocols: OpenAI-compatible chat completions (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM) and Anthropic Messages. */
public enum LlmProvider {
    OPENAI("OpenAI-compatible", "https://api.openai.com/v1", "OPENAI_API_KEY"),
    ANTHROPIC("Anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY");

    private final String displayName;
    private final String defaultBaseUrl;
    private final String keyVariable;

    LlmProvider(String displayName, String defaultBaseUrl, String keyVariable) {
        this.displayName = displayName;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    /** The name people know the protocol by, for the settings dialog. */
    public String displayName() {
        return displayName;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variable the key is read from. */
    public String keyVariable() {
        return keyVariable;
    }
}
