package dev.cdcarchitect.safety;

/** Why an input was refused. Used in tests and diagnostics only; the user sees the exact refusal. */
public enum ThreatCategory {
    SQL_INJECTION,
    SHELL_COMMAND,
    DESTRUCTION,
    PRIVACY_VIOLATION,
    RULE_OVERRIDE
}
