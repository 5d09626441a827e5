package dev.cdcarchitect.llm.client;

/** The two wire protocols: OpenAI-compatible chat completions (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM) and Anthropic Messages. */
public enum LlmProvider {
    OPENAI("https://api.openai.com/v1", "OPENAI_API_KEY"),
    ANTHROPIC("https://api.anthropic.com", "ANTHROPIC_API_KEY");

    private final String defaultBaseUrl;
    private final String keyVariable;

    LlmProvider(String defaultBaseUrl, String keyVariable) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variable the key is read from. */
    public String keyVariable() {
        return keyVariable;
    }
}
