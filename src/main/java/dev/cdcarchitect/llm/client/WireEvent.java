package dev.cdcarchitect.llm.client;

/** One server-sent event, interpreted by a provider's protocol. */
sealed interface WireEvent {
    record Token(String text) implements WireEvent {}
    record Usage(int outputTokens) implements WireEvent {}
    record Done() implements WireEvent {}
    record Error(String message, boolean overloaded) implements WireEvent {}
    record Ignore() implements WireEvent {}
}
