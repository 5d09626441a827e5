package dev.cdcarchitect.llm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.prompt.PromptFile.PromptMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A server that asks for a longer wait than the client's cap is answered at once, with its wait in the message. */
@Tag("adversarial")
class RetryAfterBeyondTheCapTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<Duration> waits = new ArrayList<>();

    private static final ChatRequest CHAT = new ChatRequest("gpt-4o", 0.1, List.of(new PromptMessage("user", "Design it.")));

    private LlmClient client() {
        LlmSettings settings = LlmSettings.defaults(LlmProvider.OPENAI, "sk-local").withBaseUrl(server.url("/v1").toString())
                .withRetries(4, Duration.ofSeconds(60));
        return new LlmClient(settings, (wait, cancel) -> {
            waits.add(wait);
            return false;
        });
    }

    private static MockResponse retryAfter(int code, String value) {
        return new MockResponse.Builder().code(code).addHeader("Retry-After", value).body("{\"error\":{\"message\":\"busy\"}}").build();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}\n\ndata: [DONE]\n\n").build();
    }

    @Test
    void anHourIsNotWaitedAsTheCapThreeTimes() {
        for (int i = 0; i < 4; i++) server.enqueue(retryAfter(429, "3600"));
        LlmException e = assertThrows(LlmException.class, () -> client().complete(CHAT, StreamEvents.NONE, new CancelSignal()));
        assertEquals(List.of(), waits, "no wait at all");
        assertEquals(1, server.getRequestCount(), "no second request");
        assertTrue(e.getMessage().contains("the server asked to wait 3600 s") && e.getMessage().contains("try again later"), e.getMessage());
        assertTrue(!e.retryable());
    }

    @Test
    void anHttpDateBeyondTheCapFailsFastToo() {
        String inTwoHours = ZonedDateTime.now(ZoneOffset.UTC).plusHours(2).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        for (int i = 0; i < 4; i++) server.enqueue(retryAfter(503, inTwoHours));
        LlmException e = assertThrows(LlmException.class, () -> client().complete(CHAT, StreamEvents.NONE, new CancelSignal()));
        assertEquals(List.of(), waits);
        assertTrue(e.getMessage().matches(".*the server asked to wait 7[12]\\d\\d s.*"), e.getMessage());
    }

    @Test
    void aWaitWithinTheCapIsWaitedAsAsked() throws Exception {
        server.enqueue(retryAfter(429, "60"));
        server.enqueue(ok());
        assertEquals("ok", client().complete(CHAT, StreamEvents.NONE, new CancelSignal()).text());
        assertEquals(List.of(Duration.ofSeconds(60)), waits);
    }
}
