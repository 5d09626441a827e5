package dev.cdcarchitect.cutover;

import static dev.cdcarchitect.cutover.ReconciliationRun.ROWS;
import static dev.cdcarchitect.cutover.ReconciliationRun.SHAPE;
import static dev.cdcarchitect.cutover.ReconciliationRun.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.ReconciliationJdbc;
import dev.cdcarchitect.rehearse.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL dialect's reconciliation queries on a real PostgreSQL: a source database and a replica database on
 * one throwaway server, as in the relational-target rehearsal. The replica table has the looser types a JDBC sink
 * may create (NUMERIC without scale, VARCHAR). Rows are written directly into both databases with the same values
 * (not through Kafka); the planted differences are what a broken pipeline leaves behind.
 */
@Tag("rehearsal")
class PostgresReconciliationTest {

    private static final String SOURCE_TABLE = "public.orders";
    private static final String REPLICA_TABLE = "public.app_public_orders";
    private static final ReconciliationQueries AT_SOURCE = ReconciliationQueries.of(SqlDialect.POSTGRESQL, SOURCE_TABLE, SHAPE, WIDTH);
    private static final ReconciliationQueries AT_REPLICA = ReconciliationQueries.of(SqlDialect.POSTGRESQL, REPLICA_TABLE, SHAPE, WIDTH);

    private static ThrowawayPostgres pg;
    private static Connection source;
    private static Connection replica;

    @BeforeAll
    static void start() throws Exception {
        pg = ThrowawayPostgres.start(Map.of());
        source = pg.admin("shop");
        replica = pg.admin("replica");
    }

    @AfterAll
    static void stop() throws Exception {
        if (source != null) source.close();
        if (replica != null) replica.close();
        if (pg != null) pg.close();
    }

    @BeforeEach
    void sameRowsOnBothSides() throws Exception {
        ReconciliationRun.execute(source, "DROP TABLE IF EXISTS " + SOURCE_TABLE,
                "CREATE TABLE " + SOURCE_TABLE + " (order_id BIGINT NOT NULL, line_no INT NOT NULL, status TEXT, amount NUMERIC(12,2), "
                        + "paid_at TIMESTAMP, gift BOOLEAN, PRIMARY KEY (order_id, line_no))",
                "INSERT INTO " + SOURCE_TABLE + " VALUES " + ROWS);
        ReconciliationRun.execute(replica, "DROP TABLE IF EXISTS " + REPLICA_TABLE,
                "CREATE TABLE " + REPLICA_TABLE + " (order_id BIGINT NOT NULL, line_no INT NOT NULL, status VARCHAR(255), amount NUMERIC, "
                        + "paid_at TIMESTAMP(6), gift BOOLEAN, PRIMARY KEY (order_id, line_no))",
                // The sink writes decimals without their scale: 10 rather than 10.00.
                "INSERT INTO " + REPLICA_TABLE + " VALUES " + ROWS.replace("10.00", "10").replace("100.00", "100").replace("0.00,", "0,"));
    }

    @Test
    void aCleanCopyShowsNoDifference() throws Exception {
        assertEquals(6, ReconciliationJdbc.count(source, AT_SOURCE));
        assertEquals(ReconciliationJdbc.count(source, AT_SOURCE), ReconciliationJdbc.count(replica, AT_REPLICA));
        List<BucketSummary> buckets = ReconciliationJdbc.buckets(source, AT_SOURCE);
        assertEquals(List.of(0L, 1L, 2L, 3L), buckets.stream().map(BucketSummary::bucket).toList(), "ranges of ten keys");
        assertEquals(List.of(), BucketComparison.differences(buckets, ReconciliationJdbc.buckets(replica, AT_REPLICA)));
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, replica, AT_REPLICA);
        assertEquals(List.of(), ReconciliationJdbc.keys(replica, AT_REPLICA.extraRows()));
        assertEquals(List.of(), ReconciliationJdbc.keys(replica, AT_REPLICA.missingRows()));
    }

    @Test
    void aRowDeletedAtTheSourceButStillInTheReplicaIsFoundByRangeAndKey() throws Exception {
        ReconciliationRun.execute(source, "DELETE FROM " + SOURCE_TABLE + " WHERE order_id = 15 AND line_no = 1");
        assertEquals(5, ReconciliationJdbc.count(source, AT_SOURCE));
        assertEquals(6, ReconciliationJdbc.count(replica, AT_REPLICA));
        List<BucketComparison.Difference> diff = BucketComparison.differences(ReconciliationJdbc.buckets(source, AT_SOURCE),
                ReconciliationJdbc.buckets(replica, AT_REPLICA));
        assertEquals(1, diff.size(), diff.toString());
        assertEquals(1, diff.get(0).bucket(), "keys 10 to 19");
        assertTrue(diff.get(0).describe().contains("0 rows at the source, 1 at the target"), diff.get(0).describe());
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, replica, AT_REPLICA);
        assertEquals(List.of("15|1"), ReconciliationJdbc.keys(replica, AT_REPLICA.extraRows()), "the anti-join names the row the delete left behind");
        assertEquals(List.of(), ReconciliationJdbc.keys(replica, AT_REPLICA.missingRows()));
    }

    @Test
    void oneChangedValueInTheReplicaIsFoundInItsRange() throws Exception {
        ReconciliationRun.execute(replica, "UPDATE " + REPLICA_TABLE + " SET amount = 20.51 WHERE order_id = 1 AND line_no = 2");
        assertEquals(ReconciliationJdbc.count(source, AT_SOURCE), ReconciliationJdbc.count(replica, AT_REPLICA), "counts cannot see it");
        List<BucketComparison.Difference> diff = BucketComparison.differences(ReconciliationJdbc.buckets(source, AT_SOURCE),
                ReconciliationJdbc.buckets(replica, AT_REPLICA));
        assertEquals(1, diff.size(), diff.toString());
        assertEquals(0, diff.get(0).bucket());
        assertTrue(diff.get(0).describe().contains("3 rows on both sides, different hash sum"), diff.get(0).describe());
    }

    @Test
    void aNullThatBecameAnEmptyStringIsADifference() throws Exception {
        ReconciliationRun.execute(replica, "UPDATE " + REPLICA_TABLE + " SET status = '' WHERE order_id = 27");
        List<BucketComparison.Difference> diff = BucketComparison.differences(ReconciliationJdbc.buckets(source, AT_SOURCE),
                ReconciliationJdbc.buckets(replica, AT_REPLICA));
        assertEquals(List.of(2L), diff.stream().map(BucketComparison.Difference::bucket).toList());
    }

    @Test
    void aRowTheReplicaLostIsFoundTheOtherWayRound() throws Exception {
        ReconciliationRun.execute(replica, "DELETE FROM " + REPLICA_TABLE + " WHERE order_id = 31");
        ReconciliationJdbc.stageSourceKeys(source, AT_SOURCE, replica, AT_REPLICA);
        assertEquals(List.of("31|4"), ReconciliationJdbc.keys(replica, AT_REPLICA.missingRows()));
        assertEquals(List.of(), ReconciliationJdbc.keys(replica, AT_REPLICA.extraRows()));
    }
}
