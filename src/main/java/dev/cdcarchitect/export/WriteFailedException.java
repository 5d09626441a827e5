package dev.cdcarchitect.export;

import java.io.IOException;

/**
 * A write that failed; its message says why, then exactly what is on disk now ({@link #outcome()}: "nothing was
 * replaced", or which files were replaced and where the previous versions are kept).
 */
public final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    static final String NOTHING_REPLACED = "nothing was replaced";

    private final String outcome;

    WriteFailedException(String reason, String outcome, Throwable cause) {
        super(reason + "; " + outcome, cause);
        this.outcome = outcome;
    }

    public String outcome() {
        return outcome;
    }
}
