package dev.cdcarchitect.llm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a redacted message reads like: the secret gone, the rest of the sentence kept. */
@Tag("adversarial")
class SecretRedactorTest {

    private static final String KEY = "sk-test-Abcdef0123456789";
    private final SecretRedactor redactor = new SecretRedactor(
            LlmSettings.defaults(LlmProvider.OPENAI, KEY).withBaseUrl("https://me:hunter2-secret@proxy.example/v1"));

    @Test
    void theKeyAndItsHeaderBecomeOneMark() {
        assertEquals("Incorrect API key provided: [redacted].", redactor.redact("Incorrect API key provided: " + KEY + "."));
        assertEquals("upstream rejected header Authorization=Bearer [redacted]",
                redactor.redact("upstream rejected header Authorization=Bearer " + KEY));
    }

    @Test
    void unknownTokensInHeadersAreRedactedByShape() {
        assertEquals("Authorization: [redacted], x-api-key=[redacted]", redactor.redact("Authorization: Bearer abc.def-123, x-api-key=zzzzzzzz"));
        assertEquals("send Bearer [redacted] again", redactor.redact("send Bearer eyJhbGciOiJIUzI1NiJ9.e30 again"));
        assertEquals("key [redacted] is wrong", redactor.redact("key sk-ant-api03-ZZZZZZZZZZ is wrong"));
    }

    @Test
    void userInfoLeavesUrls() {
        assertEquals("could not reach https://proxy.example/v1", redactor.redact("could not reach https://me:hunter2-secret@proxy.example/v1"));
        assertEquals("https://proxy.example/v1", SecretRedactor.withoutUserInfo("https://me:hunter2-secret@proxy.example/v1"));
        assertEquals("password [redacted] refused", redactor.redact("password hunter2-secret refused"));
    }

    @Test
    void ordinaryMessagesAreUntouched() {
        String message = "rate limited (429), Retry-After 20 s: Please slow down; see https://platform.example/docs?x=1.";
        assertEquals(message, redactor.redact(message));
        assertEquals(null, redactor.redact(null));
    }
}
