package dev.cdcarchitect.domain;

/**
 * One downstream system.
 *
 * @param flavour detail that changes the sink, e.g. "PostgreSQL" for a relational replica; empty if none
 */
public record Target(TargetKind kind, String flavour) {

    public String label() {
        return flavour.isEmpty() ? kind.displayName() : kind.displayName() + " (" + flavour + ")";
    }
}
