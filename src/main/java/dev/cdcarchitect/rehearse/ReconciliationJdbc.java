package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.cutover.BucketSummary;
import dev.cdcarchitect.cutover.ReconciliationQueries;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs the runbook's reconciliation queries over JDBC and reads their answers, as an operator's script would. */
public final class ReconciliationJdbc {

    private ReconciliationJdbc() {}

    public static long count(Connection c, ReconciliationQueries q) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.rowCount())) {
            rs.next();
            return rs.getLong("row_count");
        }
    }

    public static List<BucketSummary> buckets(Connection c, ReconciliationQueries q) throws SQLException {
        List<BucketSummary> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.bucketHashes())) {
            while (rs.next()) {
                out.add(new BucketSummary(rs.getLong("bucket"), rs.getLong("row_count"),
                        new BigDecimal(rs.getString("hash_sum")).toBigIntegerExact(), rs.getString("min_key"), rs.getString("max_key")));
            }
        }
        return out;
    }

    /** The {@code key_text} column of a key-list or anti-join query. */
    public static List<String> keys(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString("key_text"));
        }
        return out;
    }

    /** The key-set procedure: the source's key list, loaded into the target's staging table (created afresh). */
    public static void stageSourceKeys(Connection source, ReconciliationQueries atSource, Connection target, ReconciliationQueries atTarget)
            throws SQLException {
        List<String> keys = keys(source, atSource.keyList());
        try (Statement s = target.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + ReconciliationQueries.STAGED_KEYS);
            s.execute(atTarget.stageKeys());
        }
        try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + ReconciliationQueries.STAGED_KEYS + " VALUES (?)")) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
