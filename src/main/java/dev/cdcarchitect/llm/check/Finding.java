package dev.cdcarchitect.llm.check;

/** Something the checker noticed in an answer. An ERROR means the answer is not a usable specification. */
public record Finding(Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    static Finding error(String message) {
        return new Finding(Severity.ERROR, message);
    }

    static Finding warning(String message) {
        return new Finding(Severity.WARNING, message);
    }
}
