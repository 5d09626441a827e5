package dev.cdcarchitect.domain;

/** Shape of the write workload, as far as it changes the design. */
public enum Workload {
    UPDATE_HEAVY("update-heavy"),
    DELETE_HEAVY("delete-heavy"),
    APPEND_ONLY("append-only"),
    BURSTY("bursty");

    private final String displayName;

    Workload(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
