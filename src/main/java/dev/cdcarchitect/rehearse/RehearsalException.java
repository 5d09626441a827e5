package dev.cdcarchitect.rehearse;

/** A rehearsal could not run or a component failed; the message says what, where and what to do. */
public final class RehearsalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RehearsalException(String message) {
        super(message);
    }

    public RehearsalException(String message, Throwable cause) {
        super(message, cause);
    }
}
