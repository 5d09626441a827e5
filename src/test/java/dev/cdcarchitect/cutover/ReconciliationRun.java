package dev.cdcarchitect.cutover;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the generated reconciliation queries over JDBC, as an operator would: the same table shape, one set of
 * queries per side in that side's dialect, and the key-set procedure (export the source's keys, load them into
 * the target's staging table, run the anti-joins there).
 */
final class ReconciliationRun {

    /** The rehearsal's example table with a composite key, plus a timestamp and a boolean. */
    static final TableShape SHAPE = new TableShape(
            List.of(new Column("order_id", ColumnType.INTEGER), new Column("line_no", ColumnType.INTEGER)),
            List.of(new Column("status", ColumnType.TEXT), new Column("amount", ColumnType.DECIMAL),
                    new Column("paid_at", ColumnType.TIMESTAMP), new Column("gift", ColumnType.BOOLEAN)));
    /** Ten keys per range, so the rows below fall in several ranges. */
    static final long WIDTH = 10;

    /**
     * The same rows on every side: NULLs, a negative and an integer-valued decimal, a fraction below one,
     * microseconds, and non-ASCII text. Order ids 1, 2 (range 0), 15 (range 1), 27 (range 2), 31 (range 3).
     */
    static final String ROWS = "(1, 1, 'new', 10.00, '2026-01-02 03:04:05.123456', true), (1, 2, 'new', 20.50, NULL, false), "
            + "(2, 1, 'Zürich ✓', -0.50, '2026-01-02 00:00:00', NULL), (15, 1, 'paid', 100.00, '2025-12-31 23:59:59.000001', true), "
            + "(27, 1, NULL, NULL, NULL, false), (31, 4, '', 0.00, '2026-06-30 12:00:00.5', true)";

    private ReconciliationRun() {}

    static List<BucketSummary> buckets(Connection c, ReconciliationQueries q) throws SQLException {
        List<BucketSummary> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.bucketHashes())) {
            while (rs.next()) {
                out.add(new BucketSummary(rs.getLong("bucket"), rs.getLong("row_count"), new BigDecimal(rs.getString("hash_sum")).toBigIntegerExact(),
                        rs.getString("min_key"), rs.getString("max_key")));
            }
        }
        return out;
    }

    static long count(Connection c, ReconciliationQueries q) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.rowCount())) {
            rs.next();
            return rs.getLong("row_count");
        }
    }

    static List<String> keys(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString("key_text"));
        }
        return out;
    }

    /** Exports the source's key set and loads it into the target's staging table (dropped first). */
    static void stageSourceKeys(Connection source, ReconciliationQueries sourceQueries, Connection target, ReconciliationQueries targetQueries)
            throws SQLException {
        List<String> keys = keys(source, sourceQueries.keyList());
        try (Statement s = target.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + ReconciliationQueries.STAGED_KEYS);
            s.execute(targetQueries.stageKeys());
        }
        try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + ReconciliationQueries.STAGED_KEYS + " VALUES (?)")) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void execute(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }
}
