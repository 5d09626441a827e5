package dev.cdcarchitect.domain;

/** Column kinds that need special handling in change events. */
public enum DataTrait {
    LARGE_OBJECTS("LOB/TOAST columns"),
    JSON("JSON documents");

    private final String displayName;

    DataTrait(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
