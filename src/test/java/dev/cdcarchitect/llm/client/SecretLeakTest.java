package dev.cdcarchitect.llm.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.prompt.PromptFile.PromptMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Servers that repeat the key back, in every way we could think of: nothing the client says (exception messages,
 * retry reasons, discard reasons) may hold the key, a fragment of it, or the base URL's user-info.
 */
@Tag("adversarial")
class SecretLeakTest {

    static final String KEY = "sk-proj-Zq7XwV9kLm2Rt5Yb8NcPdQ4";
    static final String URL_PASSWORD = "pa55-Wq8Ergh3Lk";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final ChatRequest CHAT = new ChatRequest("gpt-4o", 0.1, List.of(new PromptMessage("user", "Design it.")));

    /** Everything the client said during one request. */
    static final class Said implements StreamEvents {
        final List<String> lines = new ArrayList<>();

        @Override
        public void onToken(String text) {}

        @Override
        public void onRetry(int attempt, Duration wait, String reason) {
            lines.add("retry: " + reason);
        }

        @Override
        public void onDiscard(String reason) {
            lines.add("discard: " + reason);
        }
    }

    private LlmSettings settings(LlmProvider provider, String baseUrl) {
        return LlmSettings.defaults(provider, KEY).withBaseUrl(baseUrl)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(20))
                .withRetries(3, Duration.ofMillis(50));
    }

    private String openAiUrl() {
        return server.url("/v1").toString();
    }

    /** Runs one failing request and returns all it said, the exception's message last. */
    private List<String> failWith(LlmSettings settings) {
        Said said = new Said();
        LlmException e = assertThrows(LlmException.class, () -> new LlmClient(settings).complete(CHAT, said, new CancelSignal()));
        said.lines.add("error: " + e.getMessage());
        said.lines.add("toString: " + e);
        return said.lines;
    }

    static void assertNoSecret(List<String> lines, String... secrets) {
        SecretScan.assertNoSecret(String.join("\n", lines), secrets);
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse stream(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    @Test
    void unauthorisedBodyRepeatingTheKey() {
        server.enqueue(status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". You can find your API key at ...\"}}"));
        List<String> said = failWith(settings(LlmProvider.OPENAI, openAiUrl()));
        assertNoSecret(said, KEY);
        assertTrue(said.get(0).contains("the API key was rejected (401)") && said.get(0).contains("[redacted]"), said.toString());
    }

    @Test
    void forbiddenBodyRepeatingTheAuthorizationHeader() {
        server.enqueue(status(403, "{\"error\":{\"message\":\"upstream rejected header Authorization=Bearer " + KEY + "\"}}"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void rateLimitBodiesRepeatingTheKeyOnEveryRetry() {
        for (int i = 0; i < 3; i++) server.enqueue(status(429, "{\"error\":{\"message\":\"slow down, key " + KEY + "\"}}"));
        List<String> said = failWith(settings(LlmProvider.OPENAI, openAiUrl()));
        assertTrue(said.stream().filter(l -> l.startsWith("retry:")).count() == 2, said.toString());
        assertNoSecret(said, KEY);
    }

    @Test
    void serverErrorEchoingTheRequestHeaders() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(500, "{\"error\":{\"message\":\"debug: headers={\\\"authorization\\\": \\\"Bearer " + KEY
                    + "\\\", \\\"x-api-key\\\": \\\"" + KEY + "\\\", \\\"api-key\\\": \\\"" + KEY + "\\\"}\"}}"));
        }
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void anthropicErrorEventRepeatingTheKeyHeader() {
        server.enqueue(stream("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad x-api-key: "
                + KEY + "\"}}\n\n"));
        assertNoSecret(failWith(settings(LlmProvider.ANTHROPIC, server.url("/").toString())), KEY);
    }

    @Test
    void midStreamErrorEventAfterTextRepeatingTheKey() {
        server.enqueue(stream("data: {\"choices\":[{\"delta\":{\"content\":\"## 1. CDC\"}}]}\n\n"
                + "data: {\"error\":{\"message\":\"upstream rejected header Authorization=Bearer " + KEY + "\"}}\n\n"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void keyCutByTheMessageLengthLimitLeavesNoFragment() {
        String padding = "x".repeat(290);
        server.enqueue(status(401, "{\"error\":{\"message\":\"" + padding + " " + KEY + "\"}}"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void keySplitQuotedOrJsonEscaped() {
        int cut = KEY.length() / 2;
        String escaped = KEY.replace("-", "\\\\u002d");
        server.enqueue(status(400, "{\"error\":{\"message\":\"rejected '" + KEY.substring(0, cut) + "' '" + KEY.substring(cut)
                + "' and " + escaped + " and \\\"" + KEY + "\\\"\"}}"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void anotherKeyShapeIsRedactedToo() {
        String other = "sk-ant-api03-Hh7Kk2Pq9Ww4Zz8Nn5Rr";
        server.enqueue(status(401, "{\"error\":{\"message\":\"invalid x-api-key " + other + "; also try Bearer abcdefgh12345678\"}}"));
        List<String> said = failWith(settings(LlmProvider.OPENAI, openAiUrl()));
        assertNoSecret(said, other, "abcdefgh12345678");
    }

    @Test
    void userInfoInTheBaseUrlOnEveryRetryLine() {
        for (int i = 0; i < 3; i++) server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        String url = openAiUrl().replace("://", "://architect:" + URL_PASSWORD + "@");
        List<String> said = failWith(settings(LlmProvider.OPENAI, url));
        assertTrue(said.stream().anyMatch(l -> l.startsWith("retry: could not reach")), said.toString());
        assertNoSecret(said, KEY, URL_PASSWORD);
        assertFalse(String.join("\n", said).contains("architect:"), said.toString());
    }

    @Test
    void connectionRefusedWithUserInfoInTheBaseUrl() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        List<String> said = failWith(settings(LlmProvider.OPENAI, "http://" + KEY + ":" + URL_PASSWORD + "@127.0.0.1:" + closedPort + "/v1"));
        assertNoSecret(said, KEY, URL_PASSWORD);
    }

    @Test
    void malformedJsonEchoingTheKey() {
        server.enqueue(status(400, "{\"error\": {\"message\": \"cannot parse Authorization: Bearer " + KEY + " near"));
        server.enqueue(stream("data: {not json, key=" + KEY + "\n\n"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void azureApiKeyHeaderEcho() {
        server.enqueue(status(401, "{\"error\":{\"message\":\"Access denied due to invalid subscription key. api-key: " + KEY + "\"}}"));
        assertNoSecret(failWith(settings(LlmProvider.OPENAI, openAiUrl())), KEY);
    }

    @Test
    void anInvalidBaseUrlWithUserInfoIsAClearErrorWithoutTheSecret() {
        LlmSettings bad = settings(LlmProvider.OPENAI, "https://user:" + URL_PASSWORD + "@bad host/v1");
        List<String> said = failWith(bad);
        assertNoSecret(said, KEY, URL_PASSWORD);
        assertTrue(said.get(0).contains("base URL"), said.toString());
    }

    @Test
    void settingsNeverShowTheUserInfo() {
        LlmSettings withUserInfo = settings(LlmProvider.OPENAI, "https://user:" + URL_PASSWORD + "@example.com/v1");
        assertNoSecret(List.of(withUserInfo.toString()), KEY, URL_PASSWORD);
    }

    @Test
    void aKeyWithALineBreakIsAClearErrorThatDoesNotQuoteIt() {
        // OkHttp quotes the value of headers it does not know as sensitive (x-api-key, api-key) when rejecting it.
        LlmSettings pasted = LlmSettings.defaults(LlmProvider.ANTHROPIC, KEY + "\n").withBaseUrl(server.url("/").toString());
        List<String> said = failWith(pasted);
        assertNoSecret(said, KEY);
        assertTrue(said.get(0).contains("API key") && !said.get(0).contains("base URL"), said.toString());
        assertTrue(server.getRequestCount() == 0, "nothing sent");
    }
}
