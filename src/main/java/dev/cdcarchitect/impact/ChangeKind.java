package dev.cdcarchitect.impact;

/** The schema changes the impact simulator answers for, in the words the command line and the window use. */
public enum ChangeKind {
    ADD_NULLABLE_COLUMN("add a nullable column"),
    ADD_NOT_NULL_COLUMN_WITH_DEFAULT("add a NOT NULL column with a default"),
    DROP_COLUMN("drop a column"),
    RENAME_COLUMN("rename a column"),
    WIDEN_TYPE("widen a column's type"),
    NARROW_TYPE("narrow a column's type"),
    CHANGE_PRECISION("change a decimal column's precision or scale"),
    CHANGE_PRIMARY_KEY("change the primary key"),
    ADD_TABLE("add a table"),
    DROP_TABLE("drop a table"),
    ATTACH_PARTITION("attach a partition (PostgreSQL)");

    private final String label;

    ChangeKind(String label) { this.label = label; }

    public String label() { return label; }

    /** True for changes that alter the value schema of an existing table's topic. */
    public boolean altersColumns() {
        return switch (this) {
            case ADD_NULLABLE_COLUMN, ADD_NOT_NULL_COLUMN_WITH_DEFAULT, DROP_COLUMN, RENAME_COLUMN, WIDEN_TYPE, NARROW_TYPE,
                    CHANGE_PRECISION -> true;
            default -> false;
        };
    }
}
