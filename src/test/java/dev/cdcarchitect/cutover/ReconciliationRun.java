package dev.cdcarchitect.cutover;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The rows and shape the reconciliation tests put on every side, (the queries run through
 * rehearse.ReconciliationJdbc, the same code the relational-target rehearsal uses).
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

    static void execute(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }
}
