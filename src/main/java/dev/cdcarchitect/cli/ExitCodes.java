package dev.cdcarchitect.cli;

/** Process exit codes of the command line; documented in the README. */
public final class ExitCodes {
    public static final int SPEC = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int REFUSED = 3;
    /** The LLM failed (network, HTTP, or its answer failed a check) and no fallback was asked for. */
    public static final int LLM_FAILED = 4;
    /** {@code eval}: at least one test case failed. */
    public static final int EVAL_FAILED = 5;
    /** {@code rehearse}: at least one check failed. */
    public static final int REHEARSAL_FAILED = 6;
    /** {@code rehearse}: the rehearsal could not run (no PostgreSQL binaries, a source it cannot rehearse yet). */
    public static final int REHEARSAL_NOT_RUN = 7;
    /** {@code validate}: Kafka Connect rejected a field, lacks a plugin, or has a plugin in another version. */
    public static final int CONNECT_FINDINGS = 8;
    /** {@code validate}: Kafka Connect could not be asked (unreachable, login refused, not Connect's answer). */
    public static final int CONNECT_UNAVAILABLE = 9;

    /** The window could not start (no display, or the GTK libraries JavaFX needs are missing). */
    public static final int NO_WINDOW = 10;

    /** {@code impact}: the schema change breaks the design as configured (a red finding). */
    public static final int IMPACT_BREAKS = 11;

    private ExitCodes() {}
}
