package dev.cdcarchitect.llm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.prompt.PromptFile.PromptMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A 50 MB answer is refused at the limit and the rest is not read. */
@Tag("adversarial")
class AnswerLimitTest {

    private static final ChatRequest CHAT = new ChatRequest("gpt-4o", 0.1, List.of(new PromptMessage("user", "Design it.")));
    /** Far below the 50 MB sent, far above the limit plus what socket buffers hold. */
    private static final long READ_AT_MOST = 24L << 20;

    private static LlmException fails(RawSseServer server) {
        LlmSettings settings = LlmSettings.defaults(LlmProvider.OPENAI, null).withBaseUrl(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60));
        return assertThrows(LlmException.class, () -> new LlmClient(settings).complete(CHAT, StreamEvents.NONE, new CancelSignal()));
    }

    @Test
    void manyTokensPastTheLimitStopTheStream() throws Exception {
        try (RawSseServer server = new RawSseServer(RawSseServer.tokens(50))) {
            LlmException e = fails(server);
            assertTrue(e.getMessage().startsWith("the answer exceeded 1048576 characters"), e.getMessage());
            assertEquals(false, e.retryable(), "a second try would only be as large");
            assertTrue(server.written() < READ_AT_MOST, "stopped reading: the server wrote " + server.written());
        }
    }

    @Test
    void oneHugeEventIsStoppedBeforeItIsReadWhole() throws Exception {
        try (RawSseServer server = new RawSseServer(RawSseServer.oneHugeEvent(50))) {
            LlmException e = fails(server);
            assertTrue(e.getMessage().startsWith("the answer exceeded 1048576 characters"), e.getMessage());
            assertTrue(server.written() < READ_AT_MOST, "stopped reading: the server wrote " + server.written());
        }
    }
}
