package dev.cdcarchitect.llm.prompt;

/** A prompt file that cannot be used, with the field and line at fault and what to do. */
public final class PromptFileException extends RuntimeException {

    public PromptFileException(String message) {
        super(message);
    }
}
