package dev.cdcarchitect.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one table's change events before and after a change, as Debezium's schema builder sees them: the
 * primary key and the columns the change touches. The table's other columns are the same on both sides; they are left
 * out, which cannot change an Avro verdict (fields are matched by name) and keeps the Protobuf field numbers of the
 * touched columns right after the key's.
 *
 * @param row the row's full name: the topic prefix, the table's schema and the table ("shop.public.orders")
 */
record EventColumns(String row, List<Column> key, List<Column> keyAfter, List<Column> before, List<Column> after) {

    /** One column as the schema sees it. */
    record Column(String name, ColumnType type, boolean optional, String defaultValue) {}

    private static final ColumnType KEY_TYPE = ColumnType.parse("bigint").orElseThrow();
    /** A dropped or renamed column's type is not part of the change; any type gives the same verdict. */
    private static final ColumnType UNSTATED_TYPE = ColumnType.parse("text").orElseThrow();

    /**
     * @param namespace the topic prefix and the table's schema, as the connector names them
     * @param keyColumns the primary key before the change (the design's stated key, or "id")
     */
    static EventColumns of(SchemaChange change, String namespace, List<String> keyColumns) {
        List<Column> key = keyColumns.stream().map(k -> new Column(k, KEY_TYPE, false, "")).toList();
        List<Column> before = new ArrayList<>(key);
        List<Column> after = new ArrayList<>(key);
        List<Column> keyAfter = key;
        switch (change.kind()) {
            case ADD_NULLABLE_COLUMN -> after.add(new Column(change.column(), change.to(), true, ""));
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> after.add(new Column(change.column(), change.to(), false, change.defaultValue()));
            case DROP_COLUMN -> before.add(new Column(change.column(), UNSTATED_TYPE, !change.notNull(), ""));
            case RENAME_COLUMN -> {
                before.add(new Column(change.column(), UNSTATED_TYPE, !change.notNull(), ""));
                after.add(new Column(change.newName(), UNSTATED_TYPE, !change.notNull(), ""));
            }
            case WIDEN_TYPE, NARROW_TYPE, CHANGE_PRECISION -> {
                before.add(new Column(change.column(), change.from(), true, ""));
                after.add(new Column(change.column(), change.to(), true, ""));
            }
            case CHANGE_PRIMARY_KEY -> {
                keyAfter = change.keyColumns().stream().map(k -> new Column(k, KEY_TYPE, false, "")).toList();
                for (Column c : keyAfter) {
                    if (!keyColumns.contains(c.name())) {
                        before.add(new Column(c.name(), KEY_TYPE, false, ""));
                        after.add(c);
                    }
                }
            }
            default -> { } // table-level changes: one schema on both sides (a new or removed subject, not a new version)
        }
        return new EventColumns(namespace + "." + change.table(), key, keyAfter, List.copyOf(before), List.copyOf(after));
    }
}
