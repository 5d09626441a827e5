package dev.cdcarchitect.rehearse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example tables with a composite primary key for the tables the spec's publication names, and a small scripted
 * workload on the first one. It knows which events each key must produce, in order.
 */
final class ExampleWorkload {

    static final int SNAPSHOT_ROWS = 3;

    private ExampleWorkload() {}

    static void createTables(Connection admin, List<String> tables) throws SQLException {
        try (Statement s = admin.createStatement()) {
            for (String table : tables) {
                s.execute("CREATE TABLE " + table + " (order_id BIGINT NOT NULL, line_no INT NOT NULL, status TEXT NOT NULL, "
                        + "amount NUMERIC(12,2), PRIMARY KEY (order_id, line_no))");
            }
        }
    }

    /** Rows that exist before the connector starts: they reach Kafka only through a snapshot. */
    static void snapshotRows(Connection admin, String table) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("INSERT INTO " + table + " VALUES (1, 1, 'new', 10.00), (1, 2, 'new', 20.00), (2, 1, 'new', 30.00)");
        }
    }

    /** Insert, update, delete and a primary-key update, each committed on its own. */
    static void run(Connection admin, String table) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("INSERT INTO " + table + " VALUES (3, 1, 'new', 40.00)");
            s.execute("UPDATE " + table + " SET status = 'paid' WHERE order_id = 3 AND line_no = 1");
            s.execute("DELETE FROM " + table + " WHERE order_id = 2 AND line_no = 1");
            s.execute("UPDATE " + table + " SET line_no = 3 WHERE order_id = 1 AND line_no = 2");
        }
    }

    /**
     * What each key must see, in order: a delete is followed by its tombstone, and a primary-key update is a delete
     * (and tombstone) of the old key and a create of the new one.
     */
    static Map<String, List<String>> expected(String snapshotOp) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("order_id=1,line_no=1", List.of(snapshotOp));
        out.put("order_id=1,line_no=2", List.of(snapshotOp, "d", ChangeEvent.TOMBSTONE));
        out.put("order_id=2,line_no=1", List.of(snapshotOp, "d", ChangeEvent.TOMBSTONE));
        out.put("order_id=3,line_no=1", List.of("c", "u"));
        out.put("order_id=1,line_no=3", List.of("c"));
        return out;
    }

    static int expectedCount() {
        return expected("r").values().stream().mapToInt(List::size).sum();
    }
}
