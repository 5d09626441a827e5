package dev.cdcarchitect.llm.client;

import java.time.Duration;

/** What a streaming request reports while it runs (called on the request's thread). */
public interface StreamEvents {

    void onToken(String text);

    /** A retry is coming after {@code wait}; {@code reason} says why (e.g. "429 rate limited, Retry-After 20 s"). */
    default void onRetry(int attempt, Duration wait, String reason) {}

    /** The partial answer shown so far is void (the stream broke, or a retry starts over). */
    default void onDiscard(String reason) {}

    StreamEvents NONE = text -> {};
}
