package dev.cdcarchitect.domain;

/** Properties of the primary keys that change keying, ordering and sink upserts. */
public enum KeyTrait {
    COMPOSITE("composite primary keys"),
    MISSING_PRIMARY_KEY("tables without a primary key"),
    UUID("UUID keys"),
    HOT_KEYS("hot or skewed keys");

    private final String displayName;

    KeyTrait(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
