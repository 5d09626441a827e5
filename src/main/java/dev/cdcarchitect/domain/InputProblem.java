package dev.cdcarchitect.domain;

/**
 * Input that cannot be designed for. The message says what is wrong and where; the hint says what to do.
 */
public final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String hint;

    public InputProblem(String field, String message, String hint) {
        super(message, null, false, false);
        this.field = field;
        this.hint = hint;
    }

    /** The input the problem is in: {@code source_database} or {@code target_system}. */
    public String field() { return field; }

    public String hint() { return hint; }

    /** One line for a terminal or a status bar. */
    public String describe() {
        return field + ": " + getMessage() + " " + hint;
    }
}
