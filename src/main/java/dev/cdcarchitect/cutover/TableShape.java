package dev.cdcarchitect.cutover;

import java.util.List;

/**
 * The columns the reconciliation queries read, in the order the canonical row text lists them: the primary key
 * first (in key order), then the other columns. The same shape is used on both sides, with each side's table name.
 *
 * @param key     the primary-key columns, at least one
 * @param columns the other columns compared
 */
public record TableShape(List<Column> key, List<Column> columns) {

    public TableShape {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        if (key.isEmpty()) throw new IllegalArgumentException("a reconciled table needs a primary key");
    }

    /** Key then other columns. */
    public List<Column> all() {
        return java.util.stream.Stream.concat(key.stream(), columns.stream()).toList();
    }
}
