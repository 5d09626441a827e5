package dev.cdcarchitect.safety;

/** Why an input was refused. Used in tests and diagnostics only; the user sees the exact refusal. */
public enum ThreatCategory {
    SQL_INJECTION,
    SHELL_COMMAND,
    DESTRUCTION,
    /** Reading out or sending away secrets, local credential files or whole tables to places outside the company. */
    SECRET_EXFILTRATION,
    /** Keeping the data-protection officer uninformed, or skipping consent and opt-outs. */
    CONSENT_EVASION,
    /** Watching people (employees, users) without their knowledge. */
    COVERT_SURVEILLANCE,
    /** Other misuse of personal data: selling it, re-identifying people. */
    PRIVACY_VIOLATION,
    /** Asking for the instructions or the text the model was given before the input. */
    PROMPT_EXTRACTION,
    RULE_OVERRIDE
}
