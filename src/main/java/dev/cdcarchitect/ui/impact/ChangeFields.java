package dev.cdcarchitect.ui.impact;

import dev.cdcarchitect.impact.ChangeKind;
import dev.cdcarchitect.impact.SchemaChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The change picker's fields and the command-line phrase they stand for: the picker writes the phrase
 * ({@link #phrase}), and a phrase the reader understood fills the picker back ({@link #of}). One path reads both,
 * so the window and {@code impact --change} always agree.
 *
 * @param column   the column (the partition, for an attach)
 * @param from     the type before a type change
 * @param to       the type after a type change, or the type of an added column
 * @param keys     the new primary-key columns, comma-separated
 */
public record ChangeFields(ChangeKind kind, String table, String column, String newName, String from, String to, String defaultValue,
                           String keys) {

    /** The inputs a kind asks for, in the order the picker shows them. */
    public enum Input { COLUMN, PARTITION, NEW_NAME, FROM, TO, TYPE, DEFAULT, KEYS }

    public static List<Input> inputs(ChangeKind kind) {
        if (kind == null) return List.of();
        return switch (kind) {
            case ADD_NULLABLE_COLUMN -> List.of(Input.COLUMN, Input.TYPE);
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> List.of(Input.COLUMN, Input.TYPE, Input.DEFAULT);
            case DROP_COLUMN -> List.of(Input.COLUMN);
            case RENAME_COLUMN -> List.of(Input.COLUMN, Input.NEW_NAME);
            case WIDEN_TYPE, NARROW_TYPE, CHANGE_PRECISION -> List.of(Input.COLUMN, Input.FROM, Input.TO);
            case CHANGE_PRIMARY_KEY -> List.of(Input.KEYS);
            case ADD_TABLE, DROP_TABLE -> List.of();
            case ATTACH_PARTITION -> List.of(Input.PARTITION);
        };
    }

    /** The picker's fields as the change the reader made of a phrase. */
    public static ChangeFields of(SchemaChange c) {
        return new ChangeFields(c.kind(), c.table(), c.column(), c.newName(), c.from() == null ? "" : c.from().written(),
                c.to() == null ? "" : c.to().written(), c.defaultValue(), String.join(", ", c.keyColumns()));
    }

    /** What the kind needs and is still blank, in the picker's words ("column", "new name"); empty when complete. */
    public List<String> missing() {
        List<String> blank = new ArrayList<>();
        if (kind == null) return List.of("the change");
        if (table.isBlank()) blank.add("table");
        for (Input input : inputs(kind)) {
            if (value(input).isBlank()) blank.add(label(input).toLowerCase(java.util.Locale.ROOT));
        }
        return blank;
    }

    /** The phrase as {@code impact --change} reads it, table included; assumes {@link #missing()} is empty. */
    public String phrase() {
        String t = table.strip();
        return switch (kind) {
            case ADD_NULLABLE_COLUMN -> "add nullable column " + column.strip() + " " + to.strip() + " to " + t;
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> "add column " + column.strip() + " " + to.strip() + " not null default "
                    + defaultValue.strip() + " to " + t;
            case DROP_COLUMN -> "drop column " + column.strip() + " from " + t;
            case RENAME_COLUMN -> "rename column " + column.strip() + " to " + newName.strip() + " on " + t;
            case WIDEN_TYPE, NARROW_TYPE, CHANGE_PRECISION -> "change " + t + "." + column.strip() + " from " + from.strip() + " to " + to.strip();
            case CHANGE_PRIMARY_KEY -> "change primary key of " + t + " to (" + keys.strip() + ")";
            case ADD_TABLE -> "add table " + t;
            case DROP_TABLE -> "drop table " + t;
            case ATTACH_PARTITION -> "attach partition " + column.strip() + " to " + t;
        };
    }

    public String value(Input input) {
        return pick(input, column, newName, from, to, defaultValue, keys);
    }

    /** Which of the six things (values, or the view model's properties) an input is: a partition is kept as the column. */
    static <T> T pick(Input input, T column, T newName, T from, T to, T defaultValue, T keys) {
        return switch (input) {
            case COLUMN, PARTITION -> column;
            case NEW_NAME -> newName;
            case FROM -> from;
            case TO, TYPE -> to;
            case DEFAULT -> defaultValue;
            case KEYS -> keys;
        };
    }

    public static String label(Input input) {
        return switch (input) {
            case COLUMN -> "Column";
            case PARTITION -> "Partition";
            case NEW_NAME -> "New name";
            case FROM -> "From type";
            case TO -> "To type";
            case TYPE -> "Type";
            case DEFAULT -> "Default";
            case KEYS -> "Key columns";
        };
    }
}
