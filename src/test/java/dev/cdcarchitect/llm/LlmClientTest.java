package dev.cdcarchitect.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.client.CancelSignal;
import dev.cdcarchitect.llm.client.ChatRequest;
import dev.cdcarchitect.llm.client.LlmAnswer;
import dev.cdcarchitect.llm.client.LlmClient;
import dev.cdcarchitect.llm.client.LlmException;
import dev.cdcarchitect.llm.client.LlmProvider;
import dev.cdcarchitect.llm.client.LlmSettings;
import dev.cdcarchitect.llm.client.StreamEvents;
import dev.cdcarchitect.llm.prompt.PromptFile.PromptMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Both providers against a local server: streaming, retries, timeouts, broken streams, cancel, secrets. */
class LlmClientTest {

    static final String KEY = "sk-test-SECRET-0123456789";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static final ChatRequest CHAT = new ChatRequest("gpt-4o", 0.1,
            List.of(new PromptMessage("system", "You are an architect."), new PromptMessage("user", "Design it.")));

    static String openAi(String... tokens) {
        StringBuilder body = new StringBuilder();
        for (String t : tokens) body.append("data: {\"choices\":[{\"delta\":{\"content\":\"").append(t).append("\"}}]}\n\n");
        body.append("data: {\"choices\":[],\"usage\":{\"completion_tokens\":").append(tokens.length).append("}}\n\n");
        return body.append("data: [DONE]\n\n").toString();
    }

    static String anthropic(String... tokens) {
        StringBuilder body = new StringBuilder("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{}}\n\n");
        for (String t : tokens) {
            body.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"")
                    .append(t).append("\"}}\n\n");
        }
        body.append("event: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":").append(tokens.length).append("}}\n\n");
        return body.append("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n").toString();
    }

    static MockResponse stream(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private LlmSettings settings(LlmProvider provider) {
        return LlmSettings.defaults(provider, KEY).withBaseUrl(server.url("/v1").toString().replaceAll("/v1$", provider == LlmProvider.OPENAI ? "/v1" : ""))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(20))
                .withRetries(4, Duration.ofSeconds(2));
    }

    /** Records what the client reports. */
    static final class Recorder implements StreamEvents {
        final StringBuilder shown = new StringBuilder();
        final List<String> retries = new ArrayList<>();
        final List<String> discards = new ArrayList<>();

        @Override
        public void onToken(String text) {
            shown.append(text);
        }

        @Override
        public void onRetry(int attempt, Duration wait, String reason) {
            retries.add(reason + " / wait " + wait.toMillis());
        }

        @Override
        public void onDiscard(String reason) {
            discards.add(reason);
        }
    }

    private LlmAnswer complete(LlmProvider provider, Recorder events) throws LlmException {
        return new LlmClient(settings(provider)).complete(CHAT, events, new CancelSignal());
    }

    private LlmException fails(LlmProvider provider, Recorder events) {
        return assertThrows(LlmException.class, () -> complete(provider, events));
    }

    @Test
    void openAiStreamsTheAnswer() throws Exception {
        server.enqueue(stream(openAi("## 1. CDC", " Engine", "…")));
        Recorder events = new Recorder();
        LlmAnswer answer = complete(LlmProvider.OPENAI, events);
        assertEquals("## 1. CDC Engine…", answer.text());
        assertEquals(answer.text(), events.shown.toString(), "every token reached the listener");
        assertEquals(3, answer.outputTokens());
        RecordedRequest request = server.takeRequest();
        assertEquals("/v1/chat/completions", request.getUrl().encodedPath());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        String body = request.getBody().utf8();
        assertTrue(body.contains("\"stream\":true") && body.contains("\"model\":\"gpt-4o\"") && body.contains("\"temperature\":0.1"), body);
        assertTrue(body.contains("\"role\":\"system\"") && body.contains("\"role\":\"user\""), body);
    }

    @Test
    void anthropicStreamsTheAnswer() throws Exception {
        server.enqueue(stream(anthropic("Debezium", " on Kafka Connect")));
        LlmAnswer answer = complete(LlmProvider.ANTHROPIC, new Recorder());
        assertEquals("Debezium on Kafka Connect", answer.text());
        assertEquals(2, answer.outputTokens());
        RecordedRequest request = server.takeRequest();
        assertEquals("/v1/messages", request.getUrl().encodedPath());
        assertEquals(KEY, request.getHeaders().get("x-api-key"));
        assertEquals("2023-06-01", request.getHeaders().get("anthropic-version"));
        String body = request.getBody().utf8();
        assertTrue(body.contains("\"system\":\"You are an architect.\"") && body.contains("\"max_tokens\""), body);
        assertFalse(body.contains("\"role\":\"system\""), "the system prompt is a field, not a message");
    }

    @Test
    void rateLimitHonoursRetryAfterAndShowsIt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{\"error\":{\"message\":\"slow down\"}}").build());
        server.enqueue(stream(openAi("ok")));
        Recorder events = new Recorder();
        long start = System.nanoTime();
        LlmAnswer answer = complete(LlmProvider.OPENAI, events);
        assertEquals("ok", answer.text());
        assertEquals(2, answer.attempts());
        assertTrue(System.nanoTime() - start >= 900_000_000L, "waited the Retry-After second");
        assertEquals(1, events.retries.size());
        assertTrue(events.retries.get(0).contains("rate limited (429), Retry-After 1 s") && events.retries.get(0).endsWith("wait 1000"), events.retries.toString());
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnce() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());
        Recorder events = new Recorder();
        LlmException e = fails(LlmProvider.OPENAI, events);
        assertEquals(List.of(), events.retries, "an hour is not waited as the configured 2 s, again and again");
        assertTrue(e.getMessage().contains("the server asked to wait 3600 s"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void overloadedThreeTimesThenAnswers() throws Exception {
        for (int i = 0; i < 3; i++) server.enqueue(status(529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        server.enqueue(stream(anthropic("fine")));
        Recorder events = new Recorder();
        LlmAnswer answer = complete(LlmProvider.ANTHROPIC, events);
        assertEquals("fine", answer.text());
        assertEquals(4, answer.attempts());
        assertEquals(3, events.retries.size());
        assertTrue(events.retries.get(0).contains("overloaded (529)"), events.retries.toString());
        List<Long> waits = events.retries.stream().map(r -> Long.parseLong(r.replaceAll(".*wait ", ""))).toList();
        assertTrue(waits.get(0) >= 375 && waits.get(0) <= 625 && waits.get(2) >= 1500 && waits.get(2) <= 2500, "exponential with jitter: " + waits);
    }

    @Test
    void serverErrorThenSuccess() throws Exception {
        server.enqueue(status(500, "{\"error\":{\"message\":\"internal\"}}"));
        server.enqueue(stream(openAi("ok")));
        assertEquals("ok", complete(LlmProvider.OPENAI, new Recorder()).text());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void unauthorisedIsNotRetriedAndNeverShowsTheKey() {
        server.enqueue(status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY.substring(0, 8) + "...\"}}"));
        LlmException e = fails(LlmProvider.OPENAI, new Recorder());
        assertEquals(LlmException.Kind.AUTH, e.kind());
        assertEquals(1, server.getRequestCount(), "no retry on 401");
        assertTrue(e.getMessage().contains("API key was rejected (401)") && e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), "the key is never in a message");
        assertFalse(settings(LlmProvider.OPENAI).toString().contains(KEY), "nor in the settings' toString");
    }

    @Test
    void quotaIsNotRetried() {
        server.enqueue(status(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
        LlmException e = fails(LlmProvider.OPENAI, new Recorder());
        assertEquals(LlmException.Kind.QUOTA, e.kind());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void badRequestAndNotFoundAreNotRetried() {
        server.enqueue(status(400, "{\"error\":{\"message\":\"bad model\"}}"));
        assertEquals(LlmException.Kind.HTTP, fails(LlmProvider.OPENAI, new Recorder()).kind());
        server.enqueue(status(404, "{}"));
        LlmException notFound = fails(LlmProvider.OPENAI, new Recorder());
        assertTrue(notFound.getMessage().contains("Check the base URL and the model name"), notFound.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void disconnectAtStartIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(stream(openAi("after", " reconnect")));
        Recorder events = new Recorder();
        assertEquals("after reconnect", complete(LlmProvider.OPENAI, events).text());
        assertTrue(events.retries.get(0).startsWith("could not reach"), events.retries.toString());
    }

    @Test
    void disconnectMidBodyDiscardsThePartialAnswer() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(openAi("first part of a long answer ".repeat(20).split("(?<=\\G.{40})")))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        Recorder events = new Recorder();
        LlmException e = fails(LlmProvider.OPENAI, events);
        assertEquals(LlmException.Kind.STREAM_BROKEN, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("was discarded"), e.getMessage());
        assertEquals(1, events.discards.size(), "the listener was told to drop what it showed");
        assertEquals(1, server.getRequestCount(), "a broken stream is not silently re-asked");
    }

    @Test
    void stalledServerTimesOutWaitingForTheFirstToken() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        LlmSettings quick = settings(LlmProvider.OPENAI).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofMillis(400),
                Duration.ofSeconds(20)).withRetries(2, Duration.ofSeconds(1));
        LlmException e = assertThrows(LlmException.class, () -> new LlmClient(quick).complete(CHAT, new Recorder(), new CancelSignal()));
        assertEquals(LlmException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("no answer began within") && e.getMessage().contains("gave up after 2 attempts"), e.getMessage());
    }

    /** A raw socket server, so the gap between two events is exactly what the test says. */
    @Test
    void slowChunksPastTheIdleGapBreakTheStream() throws Exception {
        try (java.net.ServerSocket raw = new java.net.ServerSocket(0)) {
            Thread slow = new Thread(() -> {
                try (java.net.Socket socket = raw.accept()) {
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                    int length = 0;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
                    }
                    in.skip(length);
                    var out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                            + "data: {\"choices\":[{\"delta\":{\"content\":\"token one\"}}]}\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(3000);
                } catch (Exception ignored) {
                    // the client hung up, as it should
                }
            });
            slow.start();
            LlmSettings idle = LlmSettings.defaults(LlmProvider.OPENAI, KEY).withBaseUrl("http://127.0.0.1:" + raw.getLocalPort() + "/v1")
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(700), Duration.ofSeconds(20));
            Recorder events = new Recorder();
            LlmException e = assertThrows(LlmException.class, () -> new LlmClient(idle).complete(CHAT, events, new CancelSignal()));
            assertEquals(LlmException.Kind.STREAM_BROKEN, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("went silent for 700 ms"), e.getMessage());
            assertEquals("token one", events.shown.toString());
            assertEquals(1, events.discards.size());
        }
    }

    @Test
    void errorEventBeforeAnyTextIsReported() {
        server.enqueue(stream("data: {\"error\":{\"message\":\"model is loading\"}}\n\n"));
        LlmException e = fails(LlmProvider.OPENAI, new Recorder());
        assertTrue(e.getMessage().contains("model is loading"), e.getMessage());
    }

    @Test
    void anthropicOverloadedErrorEventIsRetried() throws Exception {
        server.enqueue(stream("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
        server.enqueue(stream(anthropic("done")));
        assertEquals("done", complete(LlmProvider.ANTHROPIC, new Recorder()).text());
    }

    @Test
    void streamWithoutItsEndMarkerIsBroken() {
        server.enqueue(stream("data: {\"choices\":[{\"delta\":{\"content\":\"half\"}}]}\n\n"));
        Recorder events = new Recorder();
        LlmException e = fails(LlmProvider.OPENAI, events);
        assertEquals(LlmException.Kind.STREAM_BROKEN, e.kind());
        assertTrue(e.getMessage().contains("without its end marker"), e.getMessage());
        assertEquals(1, events.discards.size());
    }

    @Test
    void cancelDuringBackoffStopsAtOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());
        LlmSettings patient = settings(LlmProvider.OPENAI).withRetries(3, Duration.ofSeconds(30))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(90));
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<Long> retryAnnounced = new CompletableFuture<>();
        StreamEvents events = new StreamEvents() {
            @Override
            public void onToken(String text) {}

            @Override
            public void onRetry(int attempt, Duration wait, String reason) {
                retryAnnounced.complete(System.nanoTime());
            }
        };
        CompletableFuture<LlmException> result = CompletableFuture.supplyAsync(() -> {
            try {
                new LlmClient(patient).complete(CHAT, events, cancel);
                return null;
            } catch (LlmException e) {
                return e;
            }
        });
        retryAnnounced.get(5, TimeUnit.SECONDS);
        long cancelledAt = System.nanoTime();
        cancel.cancel();
        LlmException e = result.get(5, TimeUnit.SECONDS);
        assertEquals(LlmException.Kind.CANCELLED, e.kind());
        assertTrue(System.nanoTime() - cancelledAt < 1_000_000_000L, "stopped within a second of the cancel, not after 30 s");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void noKeyForARemoteProviderIsAClearError() {
        LlmSettings noKey = LlmSettings.defaults(LlmProvider.ANTHROPIC, null);
        LlmException e = assertThrows(LlmException.class, () -> new LlmClient(noKey).complete(CHAT, new Recorder(), new CancelSignal()));
        assertEquals(LlmException.Kind.NO_KEY, e.kind());
        assertTrue(e.getMessage().contains("ANTHROPIC_API_KEY"));
    }
}
