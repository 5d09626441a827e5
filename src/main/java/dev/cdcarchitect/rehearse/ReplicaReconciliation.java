package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.cutover.BucketComparison;
import dev.cdcarchitect.cutover.Column;
import dev.cdcarchitect.cutover.ColumnType;
import dev.cdcarchitect.cutover.ReconciliationQueries;
import dev.cdcarchitect.cutover.SqlDialect;
import dev.cdcarchitect.cutover.TableShape;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The runbook's reconciliation queries (decision 0019) run on the rehearsal's source table and the replica the
 * exported JDBC sink filled: after the clean run they must find no difference; then a delete planted at the source
 * inside a transaction that is rolled back (so nothing is captured) must be found in its key range and by its key.
 */
final class ReplicaReconciliation {

    static final String CHECK = "target reconciliation";
    /** Two keys per range: the workload's order ids 1 to 3 fall into two ranges. */
    private static final long WIDTH = 2;

    private ReplicaReconciliation() {}

    /** @param dialect the source's and the replica's: the rehearsal's replica is on the source's server */
    static Check run(SqlDialect dialect, Connection source, String sourceTable, Connection replica, String replicaTable) throws SQLException {
        TableShape shape = shape(source, sourceTable);
        ReconciliationQueries atSource = ReconciliationQueries.of(dialect, sourceTable, shape, WIDTH);
        ReconciliationQueries atReplica = ReconciliationQueries.of(dialect, replicaTable, shape, WIDTH);
        String clean = differences(source, atSource, replica, atReplica);
        if (!clean.isEmpty()) return new Check(CHECK, false, "the runbook's queries found differences after the clean run: " + clean);
        boolean autoCommit = source.getAutoCommit();
        source.setAutoCommit(false);
        try {
            String planted = ReconciliationJdbc.keys(source, atSource.keyList()).get(0);
            try (Statement s = source.createStatement()) {
                s.executeUpdate("DELETE FROM " + sourceTable + " WHERE " + keyCondition(shape, planted));
            }
            String found = differences(source, atSource, replica, atReplica);
            boolean caught = found.contains("extra in the target [" + planted + "]") && found.contains("bucket ");
            return new Check(CHECK, caught, "the runbook's " + dialect.displayName() + " queries: row count, " + shape.all().size() + "-column hashes per range of " + WIDTH
                    + " keys and the key-set anti-join agree on " + sourceTable + " and " + replicaTable + " after the clean run; "
                    + "a delete of " + planted + " planted at the source (rolled back, never captured) "
                    + (caught ? "was found: " : "was NOT found as it should be: ") + found);
        } finally {
            source.rollback();
            source.setAutoCommit(autoCommit);
        }
    }

    /** Empty when equal; else the differing ranges and the keys each side has alone. */
    private static String differences(Connection source, ReconciliationQueries atSource, Connection replica, ReconciliationQueries atReplica)
            throws SQLException {
        List<String> out = new ArrayList<>();
        for (BucketComparison.Difference d : BucketComparison.differences(ReconciliationJdbc.buckets(source, atSource), ReconciliationJdbc.buckets(replica, atReplica))) {
            out.add(d.describe());
        }
        ReconciliationJdbc.stageSourceKeys(source, atSource, replica, atReplica);
        List<String> extra = ReconciliationJdbc.keys(replica, atReplica.extraRows());
        List<String> missing = ReconciliationJdbc.keys(replica, atReplica.missingRows());
        try (Statement s = replica.createStatement()) {
            s.execute("DROP TABLE " + ReconciliationQueries.STAGED_KEYS);
        }
        if (!extra.isEmpty()) out.add("extra in the target " + extra);
        if (!missing.isEmpty()) out.add("missing in the target " + missing);
        return String.join("; ", out);
    }

    /** The source table's primary key and columns, each with the canonical form of its SQL type. */
    static TableShape shape(Connection c, String qualifiedTable) throws SQLException {
        List<String> keyNames = TableRows.primaryKey(c, qualifiedTable);
        List<Column> key = new ArrayList<>();
        List<Column> others = new ArrayList<>();
        TableRows.Name name = TableRows.Name.of(c, qualifiedTable);
        try (ResultSet rs = c.getMetaData().getColumns(name.catalog(), name.schema(), name.table(), null)) {
            while (rs.next()) {
                Column column = new Column(rs.getString("COLUMN_NAME"), type(rs.getInt("DATA_TYPE")));
                (keyNames.contains(column.name()) ? key : others).add(column);
            }
        }
        key.sort(java.util.Comparator.comparingInt(col -> keyNames.indexOf(col.name())));
        return new TableShape(key, others);
    }

    private static ColumnType type(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ColumnType.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> ColumnType.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.TIMESTAMP -> ColumnType.TIMESTAMP;
            default -> ColumnType.TEXT;
        };
    }

    /** "1|2" for key (order_id, line_no) → "order_id = 1 AND line_no = 2" (the workload's keys are whole numbers). */
    private static String keyCondition(TableShape shape, String keyText) {
        String[] values = keyText.split("\\|");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < shape.key().size(); i++) terms.add(shape.key().get(i).name() + " = " + Long.parseLong(values[i]));
        return String.join(" AND ", terms);
    }
}
