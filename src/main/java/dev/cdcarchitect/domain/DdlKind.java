package dev.cdcarchitect.domain;

/** Kinds of schema change the user said the source goes through. */
public enum DdlKind {
    ADD_COLUMN("columns added"),
    DROP_COLUMN("columns dropped"),
    RENAME_COLUMN("columns renamed"),
    TYPE_CHANGE("column types changed"),
    NEW_TABLE("tables added");

    private final String displayName;

    DdlKind(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
