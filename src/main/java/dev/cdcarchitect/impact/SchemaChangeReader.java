package dev.cdcarchitect.impact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one schema change from a short phrase ("add column discount numeric(10,2) to orders",
 * "rename column note to remark on orders", "change orders.amount from int to bigint"). The table may be named in
 * the phrase or given apart ({@code --table}); a phrase naming one overrides nothing silently: both must agree.
 */
public final class SchemaChangeReader {

    /** The forms understood, for the error message and the README. */
    public static final List<String> FORMS = List.of(
            "add [nullable] column NAME TYPE [to TABLE]",
            "add column NAME TYPE not null default VALUE [to TABLE]",
            "drop column NAME [not null] [from TABLE]",
            "rename column OLD to NEW [not null] [on TABLE]",
            "change [TABLE.]COLUMN from TYPE to TYPE [on TABLE]",
            "change primary key [of TABLE] to (COL, ...)",
            "add table TABLE",
            "drop table TABLE",
            "attach partition PARTITION to TABLE");

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QUALIFIED = "([A-Za-z_][A-Za-z0-9_$.]*)";
    private static final String TYPE = "([A-Za-z][A-Za-z0-9 ]*?(?:\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?)";
    private static final String ON_TABLE = "(?:\\s+(?:to|on|in|from|of)\\s+(?:table\\s+)?" + QUALIFIED + ")?";

    private static final Pattern ADD_NOT_NULL = compile("add\\s+column\\s+" + NAME + "\\s+" + TYPE + "\\s+not\\s+null\\s+default\\s+('[^']*'|\\S+)" + ON_TABLE);
    private static final Pattern ADD_NOT_NULL_NO_DEFAULT = compile("add\\s+column\\s+" + NAME + "\\s+" + TYPE + "\\s+not\\s+null" + ON_TABLE);
    private static final Pattern ADD_NULLABLE = compile("add\\s+(?:nullable\\s+)?column\\s+" + NAME + "\\s+" + TYPE + "(?:\\s+null)?" + ON_TABLE);
    private static final Pattern DROP_COLUMN = compile("drop\\s+column\\s+" + NAME + "(\\s+not\\s+null)?" + ON_TABLE);
    private static final Pattern RENAME_COLUMN = compile("rename\\s+column\\s+" + NAME + "\\s+to\\s+" + NAME + "(\\s+not\\s+null)?" + ON_TABLE);
    private static final Pattern RETYPE = compile("(?:change|alter)\\s+(?:column\\s+)?" + QUALIFIED + "\\s+(?:type\\s+)?from\\s+" + TYPE + "\\s+to\\s+" + TYPE + ON_TABLE);
    private static final Pattern PRIMARY_KEY = compile("change\\s+(?:the\\s+)?primary\\s+key(?:\\s+of\\s+" + QUALIFIED + ")?\\s+to\\s+\\(?\\s*([A-Za-z0-9_$,\\s]+?)\\s*\\)?");
    private static final Pattern ADD_TABLE = compile("add\\s+table\\s+" + QUALIFIED);
    private static final Pattern DROP_TABLE = compile("drop\\s+table\\s+" + QUALIFIED);
    private static final Pattern ATTACH = compile("attach\\s+partition\\s+" + QUALIFIED + "\\s+to\\s+(?:table\\s+)?" + QUALIFIED);

    private static Pattern compile(String regex) {
        return Pattern.compile("\\s*" + regex + "\\s*\\.?\\s*", Pattern.CASE_INSENSITIVE);
    }

    /**
     * @param text       the change as written
     * @param tableGiven the table given apart from the phrase, or empty
     */
    public SchemaChange read(String text, String tableGiven) throws ImpactInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw unreadable("The change is empty.");
        Matcher m;
        if ((m = ADD_NOT_NULL.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT, table(m.group(4), tableGiven, t), m.group(1), "", null,
                    type(m.group(2)), m.group(3), List.of(), true);
        }
        if (ADD_NOT_NULL_NO_DEFAULT.matcher(t).matches()) {
            throw new ImpactInputException("'" + t + "' adds a NOT NULL column without a default: every existing row would need a "
                    + "value, so the database refuses it on a table with rows. Add 'default VALUE' (for example: add column status "
                    + "varchar(20) not null default 'new' to orders), or add it as nullable first.");
        }
        if ((m = ADD_NULLABLE.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.ADD_NULLABLE_COLUMN, table(m.group(3), tableGiven, t), m.group(1), "", null,
                    type(m.group(2)), "", List.of(), false);
        }
        if ((m = DROP_COLUMN.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.DROP_COLUMN, table(m.group(3), tableGiven, t), m.group(1), "", null, null, "", List.of(),
                    m.group(2) != null);
        }
        if ((m = RENAME_COLUMN.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.RENAME_COLUMN, table(m.group(4), tableGiven, t), m.group(1), m.group(2), null, null, "",
                    List.of(), m.group(3) != null);
        }
        if ((m = RETYPE.matcher(t)).matches()) return retype(m, tableGiven, t);
        if ((m = PRIMARY_KEY.matcher(t)).matches()) {
            List<String> columns = Arrays.stream(m.group(2).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            if (columns.isEmpty()) throw unreadable("Name the new primary-key columns, for example: change primary key of orders to (id, region).");
            return new SchemaChange(ChangeKind.CHANGE_PRIMARY_KEY, table(m.group(1), tableGiven, t), "", "", null, null, "", columns, true);
        }
        if ((m = ADD_TABLE.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.ADD_TABLE, table(m.group(1), tableGiven, t), "", "", null, null, "", List.of(), false);
        }
        if ((m = DROP_TABLE.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.DROP_TABLE, table(m.group(1), tableGiven, t), "", "", null, null, "", List.of(), false);
        }
        if ((m = ATTACH.matcher(t)).matches()) {
            return new SchemaChange(ChangeKind.ATTACH_PARTITION, table(m.group(2), tableGiven, t), m.group(1), "", null, null, "", List.of(), false);
        }
        throw unreadable("'" + t + "' is not a change this simulator reads.");
    }

    private SchemaChange retype(Matcher m, String tableGiven, String text) throws ImpactInputException {
        String qualified = m.group(1);
        String inPhrase = m.group(4);
        String column = qualified;
        int dot = qualified.lastIndexOf('.');
        if (dot > 0) {
            if (inPhrase == null) inPhrase = qualified.substring(0, dot);
            column = qualified.substring(dot + 1);
        }
        ColumnType from = type(m.group(2));
        ColumnType to = type(m.group(3));
        if (from.equals(to) || from.written().equalsIgnoreCase(to.written())) {
            throw new ImpactInputException("'" + text + "' changes " + column + " from " + from + " to the same type: nothing changes.");
        }
        ChangeKind kind = from.family() == ColumnType.Family.DECIMAL && to.family() == ColumnType.Family.DECIMAL ? ChangeKind.CHANGE_PRECISION
                : from.fitsIn(to) ? ChangeKind.WIDEN_TYPE : ChangeKind.NARROW_TYPE;
        return new SchemaChange(kind, table(inPhrase, tableGiven, text), column, "", from, to, "", List.of(), false);
    }

    private static ColumnType type(String written) throws ImpactInputException {
        Optional<ColumnType> type = ColumnType.parse(written);
        if (type.isEmpty()) {
            throw new ImpactInputException("'" + written.trim() + "' is not a column type this simulator knows. Use a SQL type such as "
                    + "int, bigint, numeric(12,2), varchar(200), text, boolean, date, timestamp, jsonb or bytea.");
        }
        return type.get();
    }

    private static String table(String inPhrase, String given, String text) throws ImpactInputException {
        String g = given == null ? "" : given.strip();
        if (inPhrase != null && !g.isEmpty() && !inPhrase.equalsIgnoreCase(g)) {
            throw new ImpactInputException("'" + text + "' names table " + inPhrase + " but --table says " + g + ": give one of them.");
        }
        String table = inPhrase != null ? inPhrase : g;
        if (table.isEmpty()) {
            throw new ImpactInputException("'" + text + "' does not say which table: add 'to TABLE' (or 'on TABLE'), or give --table TABLE.");
        }
        return table;
    }

    private static ImpactInputException unreadable(String what) {
        return new ImpactInputException(what + " Write one of: " + String.join("; ", FORMS) + ".");
    }
}
