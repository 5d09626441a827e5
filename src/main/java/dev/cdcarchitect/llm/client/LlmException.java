package dev.cdcarchitect.llm.client;

import java.time.Duration;

/**
 * Why a request failed, in words for the user. Made only in this package; {@link LlmClient} passes each one through
 * {@link SecretRedactor} before it leaves, so the message never holds the key.
 */
public final class LlmException extends Exception {

    public enum Kind { NETWORK, TIMEOUT, HTTP, AUTH, QUOTA, STREAM_BROKEN, BAD_RESPONSE, CANCELLED, NO_KEY }

    private final Kind kind;
    private final boolean retryable;
    private final Duration retryAfter;

    private LlmException(Kind kind, String message, boolean retryable, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    static LlmException fatal(Kind kind, String message) {
        return new LlmException(kind, message, false, null);
    }

    static LlmException retryable(Kind kind, String message, Duration retryAfter) {
        return new LlmException(kind, message, true, retryAfter);
    }

    /** The same failure with its message redacted. */
    LlmException redactedWith(SecretRedactor redactor) {
        return new LlmException(kind, redactor.redact(getMessage()), retryable, retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The server's Retry-After, if it sent one. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
