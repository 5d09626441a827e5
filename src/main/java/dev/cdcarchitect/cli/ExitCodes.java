package dev.cdcarchitect.cli;

/** Process exit codes of the command line; documented in the README. */
public final class ExitCodes {
    public static final int SPEC = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int REFUSED = 3;

    private ExitCodes() {}
}
