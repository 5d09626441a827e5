package dev.cdcarchitect.safety;

/**
 * The guard's answer.
 *
 * @param category null when safe
 * @param evidence the normalised fragment that matched; for diagnostics, never shown as output
 */
public record SafetyVerdict(ThreatCategory category, String evidence) {

    static final SafetyVerdict SAFE = new SafetyVerdict(null, "");

    public boolean safe() { return category == null; }
}
