package dev.cdcarchitect.domain;

/** What the user said about a named database, table or column. */
public enum ObjectRole {
    /** Named as one of the objects to capture ("capture only orders and payments"). */
    CAPTURED("captured"),
    /** Named as not to be captured ("skip audit_log"). */
    EXCLUDED("excluded"),
    /** Must never leave the source: excluded or masked at the connector. */
    SENSITIVE("sensitive"),
    /** Sensitive, but the user needs the column's presence: masked or hashed at the connector, not dropped. */
    MASKED("masked"),
    /** A table without a primary key. */
    KEYLESS("no primary key"),
    /** A table or column with large values (LOB, TOAST, BLOB/CLOB, big JSON). */
    LARGE_VALUES("large values"),
    /** A table that takes a large share of the writes or of the volume. */
    HOT("hot"),
    /** A declaratively partitioned parent table. */
    PARTITIONED("partitioned"),
    /** A table whose primary key is changed by UPDATE. */
    REKEYED("primary key updated");

    private final String displayName;

    ObjectRole(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
