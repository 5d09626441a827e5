package dev.cdcarchitect.cutover;

import static dev.cdcarchitect.cutover.ReconciliationRun.ROWS;
import static dev.cdcarchitect.cutover.ReconciliationRun.SHAPE;
import static dev.cdcarchitect.cutover.ReconciliationRun.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.ReconciliationJdbc;
import dev.cdcarchitect.rehearse.ThrowawayMariaDb;
import dev.cdcarchitect.rehearse.ThrowawayPostgres;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The MySQL/MariaDB dialect's queries on a real MariaDB, on rows written directly: the "target" is a second database
 * on the same throwaway server, filled with the same rows (a latin1 table against a utf8mb4 one with another decimal
 * scale), so each planted difference is exactly the one asked for. MariaDbRehearsalTest runs the same queries on a
 * replica the exported JDBC sink filled from Kafka. A PostgreSQL holding the same rows must give the very same
 * bucket hashes: the canonical text is one form across dialects.
 */
@Tag("rehearsal")
class MariaDbReconciliationTest {

    private static final String SOURCE_TABLE = "shop.orders";
    private static final String TARGET_TABLE = "replica.app_shop_orders";
    private static final ReconciliationQueries AT_SOURCE = ReconciliationQueries.of(SqlDialect.MYSQL, SOURCE_TABLE, SHAPE, WIDTH);
    private static final ReconciliationQueries AT_TARGET = ReconciliationQueries.of(SqlDialect.MYSQL, TARGET_TABLE, SHAPE, WIDTH);

    private static ThrowawayMariaDb mariaDb;
    private static Connection source;
    private static Connection target;

    @BeforeAll
    static void start() throws Exception {
        mariaDb = ThrowawayMariaDb.start(Map.of());
        try (Connection admin = mariaDb.adminConnection("")) {
            ReconciliationRun.execute(admin, "CREATE DATABASE shop", "CREATE DATABASE replica");
        }
        source = mariaDb.adminConnection("shop");
        target = mariaDb.adminConnection("replica");
    }

    @AfterAll
    static void stop() throws Exception {
        if (source != null) source.close();
        if (target != null) target.close();
        if (mariaDb != null) mariaDb.close();
    }

    @BeforeEach
    void sameRowsOnBothSides() throws Exception {
        ReconciliationRun.execute(source, "DROP TABLE IF EXISTS " + SOURCE_TABLE,
                "CREATE TABLE " + SOURCE_TABLE + " (order_id BIGINT NOT NULL, line_no INT NOT NULL, status VARCHAR(100), amount DECIMAL(12,2), "
                        + "paid_at DATETIME(6), gift BOOLEAN, PRIMARY KEY (order_id, line_no)) DEFAULT CHARSET utf8mb4",
                "INSERT INTO " + SOURCE_TABLE + " VALUES " + ROWS);
        ReconciliationRun.execute(target, "DROP TABLE IF EXISTS " + TARGET_TABLE,
                "CREATE TABLE " + TARGET_TABLE + " (order_id BIGINT NOT NULL, line_no INT NOT NULL, status VARCHAR(100), amount DECIMAL(20,4), "
                        + "paid_at DATETIME(6), gift TINYINT(1), PRIMARY KEY (order_id, line_no)) DEFAULT CHARSET latin1",
                "INSERT INTO " + TARGET_TABLE + " VALUES " + ROWS.replace(" ✓", ""));
        ReconciliationRun.execute(target, "UPDATE " + TARGET_TABLE + " SET status = 'Zürich' WHERE order_id = 2");
        ReconciliationRun.execute(source, "UPDATE " + SOURCE_TABLE + " SET status = 'Zürich' WHERE order_id = 2");
    }

    @Test
    void aCleanCopyShowsNoDifference() throws Exception {
        assertEquals(6, ReconciliationJdbc.count(source, AT_SOURCE));
        assertEquals(6, ReconciliationJdbc.count(target, AT_TARGET));
        assertEquals(List.of(), BucketComparison.differences(ReconciliationJdbc.buckets(source, AT_SOURCE), ReconciliationJdbc.buckets(target, AT_TARGET)));
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, target, AT_TARGET);
        assertEquals(List.of(), ReconciliationJdbc.keys(target, AT_TARGET.extraRows()));
        assertEquals(List.of(), ReconciliationJdbc.keys(target, AT_TARGET.missingRows()));
    }

    @Test
    void aDeleteLeftInTheTargetAndAChangedValueAreFound() throws Exception {
        ReconciliationRun.execute(source, "DELETE FROM " + SOURCE_TABLE + " WHERE order_id = 27 AND line_no = 1");
        ReconciliationRun.execute(target, "UPDATE " + TARGET_TABLE + " SET paid_at = '2026-01-02 03:04:05.123457' WHERE order_id = 1 AND line_no = 1");
        List<BucketComparison.Difference> diff = BucketComparison.differences(ReconciliationJdbc.buckets(source, AT_SOURCE),
                ReconciliationJdbc.buckets(target, AT_TARGET));
        assertEquals(List.of(0L, 2L), diff.stream().map(BucketComparison.Difference::bucket).toList(), diff.toString());
        assertTrue(diff.get(0).describe().contains("3 rows on both sides, different hash sum"), diff.get(0).describe());
        assertTrue(diff.get(1).describe().contains("0 rows at the source, 1 at the target"), diff.get(1).describe());
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, target, AT_TARGET);
        assertEquals(List.of("27|1"), ReconciliationJdbc.keys(target, AT_TARGET.extraRows()));
    }

    /**
     * Seen when the rehearsal ran these queries on the 5,000 rows its MariaDB replica got through Kafka: 33 s, because
     * each anti-join scanned the other side once per row (MariaDB runs NOT EXISTS as a dependent subquery, and the
     * staging table had no index, in the server's latin1 against the key text's utf8mb4). On a production table that
     * never ends. Each subquery must now be a key lookup or a key set built once.
     */
    @Test
    void theAntiJoinsLookKeysUpInsteadOfScanningOncePerRow() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 3000; i++) rows.append(i == 0 ? "" : ", ").append("(").append(1000 + i / 3).append(", ").append(i % 3)
                .append(", 'bulk', 1.00, NULL, false)");
        ReconciliationRun.execute(source, "INSERT INTO " + SOURCE_TABLE + " VALUES " + rows);
        ReconciliationRun.execute(target, "INSERT INTO " + TARGET_TABLE + " VALUES " + rows);
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, target, AT_TARGET);
        for (String query : List.of(AT_TARGET.extraRows(), AT_TARGET.missingRows())) {
            List<String> scans = new java.util.ArrayList<>();
            try (java.sql.Statement s = target.createStatement(); java.sql.ResultSet plan = s.executeQuery("EXPLAIN " + query)) {
                while (plan.next()) {
                    boolean perRow = plan.getString("select_type").startsWith("DEPENDENT");
                    if (perRow && List.of("ALL", "index").contains(plan.getString("type"))) scans.add(plan.getString("table") + " " + plan.getString("type"));
                }
            }
            assertEquals(List.of(), scans, "a full scan per outer row in:\n" + query);
        }
        assertEquals(List.of(), ReconciliationJdbc.keys(target, AT_TARGET.extraRows()));
        assertEquals(List.of(), ReconciliationJdbc.keys(target, AT_TARGET.missingRows()));
    }

    /** The same rows in PostgreSQL and MariaDB: same counts and hash sums per range, so a cross-system check works. */
    @Test
    void postgresAndMariaDbHashTheSameRowsAlike() throws Exception {
        ReconciliationQueries atPostgres = ReconciliationQueries.of(SqlDialect.POSTGRESQL, "public.orders", SHAPE, WIDTH);
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(Map.of()); Connection c = pg.admin("shop")) {
            ReconciliationRun.execute(c, "CREATE TABLE public.orders (order_id BIGINT NOT NULL, line_no INT NOT NULL, status TEXT, "
                    + "amount NUMERIC(12,2), paid_at TIMESTAMP, gift BOOLEAN, PRIMARY KEY (order_id, line_no))",
                    "INSERT INTO public.orders VALUES " + ROWS.replace("'Zürich ✓'", "'Zürich'"));
            List<BucketSummary> postgres = ReconciliationJdbc.buckets(c, atPostgres);
            List<BucketSummary> mariaDb = ReconciliationJdbc.buckets(target, AT_TARGET);
            assertEquals(4, postgres.size());
            assertEquals(List.of(), BucketComparison.differences(postgres, mariaDb));
            assertEquals(ReconciliationJdbc.keys(c, atPostgres.keyList()), ReconciliationJdbc.keys(target, AT_TARGET.keyList()));
        }
    }
}
