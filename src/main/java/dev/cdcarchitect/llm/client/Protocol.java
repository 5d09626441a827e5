package dev.cdcarchitect.llm.client;

import okhttp3.Request;

/** How one provider's streaming API is called and read. */
interface Protocol {

    Request request(ChatRequest chat, LlmSettings settings);

    WireEvent parse(String type, String data);

    /** The message inside an error body, or null. */
    String errorMessage(String body);

    /** Whether an error body says the account is out of quota or billing (not worth retrying). */
    boolean isQuotaError(String body);
}
