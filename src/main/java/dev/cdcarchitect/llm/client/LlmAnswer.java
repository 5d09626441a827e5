package dev.cdcarchitect.llm.client;

import java.time.Duration;

/** A complete answer. */
public record LlmAnswer(String text, int outputTokens, int attempts, Duration elapsed) {}
