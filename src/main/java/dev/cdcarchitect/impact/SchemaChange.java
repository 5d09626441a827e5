package dev.cdcarchitect.impact;

import java.util.List;

/**
 * One change to a captured table, as the user described it.
 *
 * @param column     the column changed (empty for table-level changes)
 * @param newName    the new column name of a rename (empty otherwise)
 * @param from       the type before a type change, or null
 * @param to         the type after a type change, or the type of an added column, or null
 * @param defaultValue the default of an added NOT NULL column, as written, or empty
 * @param keyColumns the primary key after a key change (empty otherwise)
 * @param notNull    the column is NOT NULL (added with a default, or said of a dropped or renamed column); a column
 *                   said nothing of is nullable, as most columns are
 */
public record SchemaChange(ChangeKind kind, String table, String column, String newName, ColumnType from, ColumnType to,
                           String defaultValue, List<String> keyColumns, boolean notNull) {

    public SchemaChange {
        keyColumns = List.copyOf(keyColumns);
    }

    /** The change in one line, for headings and the status bar. */
    public String describe() {
        return switch (kind) {
            case ADD_NULLABLE_COLUMN -> "add nullable column " + column + " " + to + " to " + table;
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> "add column " + column + " " + to + " NOT NULL DEFAULT " + defaultValue + " to " + table;
            case DROP_COLUMN -> "drop column " + column + " from " + table;
            case RENAME_COLUMN -> "rename column " + column + " to " + newName + " on " + table;
            case WIDEN_TYPE, NARROW_TYPE, CHANGE_PRECISION -> "change " + table + "." + column + " from " + from + " to " + to;
            case CHANGE_PRIMARY_KEY -> "change the primary key of " + table + " to (" + String.join(", ", keyColumns) + ")";
            case ADD_TABLE -> "add table " + table;
            case DROP_TABLE -> "drop table " + table;
            case ATTACH_PARTITION -> "attach partition " + column + " to " + table;
        };
    }
}
