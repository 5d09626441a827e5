package dev.cdcarchitect.rehearse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A table's rows by primary key ({@code order_id=1,line_no=2}, the form {@link ChangeEventReader} gives keys) with
 * each value as comparable text: numbers without trailing zeros, so NUMERIC(12,2) 10.00 on the source equals the
 * 10 or 10.00 the sink wrote.
 *
 * @param columns the table's columns in order
 * @param rows    key to (column to value)
 */
record TableRows(List<String> columns, Map<String, Map<String, String>> rows) {

    /** @param qualifiedTable {@code schema.table} */
    static TableRows read(Connection c, String qualifiedTable, List<String> keyColumns) throws SQLException {
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + qualifiedTable)) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) columns.add(rs.getMetaData().getColumnName(i));
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : columns) row.put(column, text(rs.getObject(column)));
                rows.put(keyColumns.stream().map(k -> k + "=" + row.get(k)).collect(Collectors.joining(",")), row);
            }
        }
        return new TableRows(columns, rows);
    }

    /** The primary-key columns of {@code schema.table}, in key order. */
    static List<String> primaryKey(Connection c, String qualifiedTable) throws SQLException {
        Name name = Name.of(c, qualifiedTable);
        DatabaseMetaData meta = c.getMetaData();
        Map<Short, String> ordered = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(name.catalog(), name.schema(), name.table())) {
            while (rs.next()) ordered.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        return List.copyOf(ordered.values());
    }

    /**
     * A qualified table name as JDBC metadata takes it: {@code schema.table} in PostgreSQL; in MariaDB and MySQL a
     * database is a catalog (their drivers report no schemas), so {@code database.table} names the catalog.
     */
    record Name(String catalog, String schema, String table) {
        static Name of(Connection c, String qualifiedTable) throws SQLException {
            String[] parts = qualifiedTable.split("\\.", 2);
            return c.getMetaData().supportsSchemasInTableDefinitions() ? new Name(null, parts[0], parts[1]) : new Name(parts[0], null, parts[1]);
        }
    }

    private static String text(Object value) {
        if (value == null) return "NULL";
        if (value instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (value instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        return value.toString();
    }
}
