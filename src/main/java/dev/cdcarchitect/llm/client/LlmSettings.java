package dev.cdcarchitect.llm.client;

import java.time.Duration;

/**
 * Where and how to ask. The key is held only here and in the request header; {@link #toString()} never shows it.
 *
 * @param model       null: the prompt file's model
 * @param temperature null: the prompt file's temperature
 */
public record LlmSettings(
        LlmProvider provider,
        String baseUrl,
        String model,
        String apiKey,
        Double temperature,
        Duration connectTimeout,
        Duration firstTokenTimeout,
        Duration idleTimeout,
        Duration overallTimeout,
        int maxAttempts,
        Duration maxRetryAfter) {

    public static LlmSettings defaults(LlmProvider provider, String apiKey) {
        return new LlmSettings(provider, provider.defaultBaseUrl(), null, apiKey, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ofMinutes(5), 4, Duration.ofSeconds(60));
    }

    public LlmSettings withBaseUrl(String url) {
        return new LlmSettings(provider, url, model, apiKey, temperature, connectTimeout, firstTokenTimeout, idleTimeout, overallTimeout,
                maxAttempts, maxRetryAfter);
    }

    public LlmSettings withModel(String name) {
        return new LlmSettings(provider, baseUrl, name, apiKey, temperature, connectTimeout, firstTokenTimeout, idleTimeout, overallTimeout,
                maxAttempts, maxRetryAfter);
    }

    public LlmSettings withTimeouts(Duration connect, Duration firstToken, Duration idle, Duration overall) {
        return new LlmSettings(provider, baseUrl, model, apiKey, temperature, connect, firstToken, idle, overall, maxAttempts, maxRetryAfter);
    }

    public LlmSettings withRetries(int attempts, Duration retryAfterCap) {
        return new LlmSettings(provider, baseUrl, model, apiKey, temperature, connectTimeout, firstTokenTimeout, idleTimeout, overallTimeout,
                attempts, retryAfterCap);
    }

    /** The base URL as shown to the user: without a user-info part, which may hold a password. */
    public String displayUrl() {
        return SecretRedactor.withoutUserInfo(baseUrl);
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + displayUrl() + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isEmpty() ? "none" : "(set, hidden)") + "]";
    }
}
