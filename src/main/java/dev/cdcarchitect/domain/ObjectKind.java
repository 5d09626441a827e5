package dev.cdcarchitect.domain;

/** What a named object in the source is. MongoDB collections are tables here; the spec names them per engine. */
public enum ObjectKind {
    DATABASE("database"),
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column");

    private final String displayName;

    ObjectKind(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
