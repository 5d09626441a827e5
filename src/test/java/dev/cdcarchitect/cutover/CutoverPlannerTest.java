package dev.cdcarchitect.cutover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.rules.sink.ReplicaTables;
import java.util.List;
import org.junit.jupiter.api.Test;

public class CutoverPlannerTest {

    public static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    public static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private final CutoverPlanner planner = new CutoverPlanner(ReplicaTables::of);

    private static DesignResult.Generated design(String source, String target) {
        return (DesignResult.Generated) new DesignService().design(source, target);
    }

    @Test
    void theSeedIsSeededInBulkAndEveryPhaseCitesIdsOfThisDesign() {
        DesignResult.Generated seed = design(SEED_SOURCE, SEED_TARGET);
        CutoverPlan plan = planner.plan(seed);
        assertEquals(List.of("Prepare source", "Bulk seed at the replication position", "Catch-up", "Dual-run", "Verification", "Switch",
                "Rollback"), plan.phases().stream().map(CutoverPhase::name).toList());
        for (CutoverPhase phase : plan.phases()) {
            for (String id : phase.decisionIds()) {
                assertTrue(seed.spec().decisions().stream().anyMatch(d -> d.id().equals(id))
                        || seed.spec().sizing().lines().stream().anyMatch(l -> l.id().equals(id)), phase.name() + " cites " + id);
            }
        }
        String snapshot = line(seed, "sizing.snapshot");
        assertTrue(String.join(" ", plan.phases().get(1).exit()).contains(snapshot), plan.phases().get(1).exit().toString());
        assertTrue(plan.phases().get(1).decisionIds().contains("snapshot.strategy"));
    }

    @Test
    void catchUpCriteriaComeFromTheLatencyObjectiveAndTheSizedRate() {
        DesignResult.Generated seed = design(SEED_SOURCE, SEED_TARGET);
        CutoverPhase catchUp = planner.plan(seed).phases().get(2);
        long slo = seed.input().requirements().latencySloMillis();
        long lag = (long) Math.ceil(seed.spec().sizing().eventsPerSecond() * slo / 1000.0);
        String exit = String.join(" ", catchUp.exit());
        assertTrue(exit.contains(dev.cdcarchitect.domain.Units.grouped(slo) + " ms"), exit);
        assertTrue(exit.contains(dev.cdcarchitect.domain.Units.grouped(lag) + " records"), exit);
    }

    @Test
    void aSmallDatabaseTakesAnInitialSnapshotWithTheLogKeptForItsDuration() {
        DesignResult.Generated small = design("PostgreSQL 15, 200 GB, 500 TPS", "Kafka to Snowflake");
        CutoverPlan plan = planner.plan(small);
        assertEquals("Initial snapshot", plan.phases().get(1).name());
        assertTrue(String.join(" ", plan.phases().get(1).exit()).contains(line(small, "sizing.snapshot")));
        double hours = small.spec().sizing().snapshotHours() + 24;
        assertTrue(String.join(" ", plan.phases().get(0).exit()).contains(dev.cdcarchitect.domain.Units.decimal(hours) + " h of WAL"),
                plan.phases().get(0).exit().toString());
    }

    @Test
    void aReplicaIsQueriedUnderTheTableNameItsSinkWrites() {
        CutoverPlan plan = planner.plan(design("PostgreSQL 14, 1 TB, 2k TPS, tables orders and customers", "Kafka to a PostgreSQL replica for reporting"));
        assertFalse(plan.placeholderTables());
        assertEquals(List.of("public.orders", "public.customers"), plan.tables());
        SystemQueries replica = plan.systems().stream().filter(s -> s.role().equals("target")).findFirst().orElseThrow();
        assertEquals(SqlDialect.POSTGRESQL, replica.dialect());
        assertEquals(List.of("app_public_orders", "app_public_customers"), replica.tables().stream().map(ReconciliationQueries::table).toList());
        assertEquals("public.orders", plan.systems().get(0).tables().get(0).table());
    }

    @Test
    void withoutNamedTablesTheQueriesUseAnExampleTableAndSaySo() {
        CutoverPlan plan = planner.plan(design(SEED_SOURCE, SEED_TARGET));
        assertTrue(plan.placeholderTables());
        assertEquals(List.of(SqlDialect.POSTGRESQL, SqlDialect.SNOWFLAKE), plan.systems().stream().map(SystemQueries::dialect).toList());
        assertTrue(plan.notQueried().stream().anyMatch(n -> n.startsWith("Elasticsearch")), plan.notQueried().toString());
    }

    @Test
    void aMongoDbSourceHasNoSqlAndSaysWhatToDoInstead() {
        CutoverPlan plan = planner.plan(design("MongoDB 7 replica set, 2 TB, 5k writes/s", "Kafka to BigQuery and ClickHouse"));
        assertTrue(plan.notQueried().get(0).startsWith("MongoDB (source)"), plan.notQueried().toString());
        assertEquals(List.of(SqlDialect.BIGQUERY, SqlDialect.CLICKHOUSE), plan.systems().stream().map(SystemQueries::dialect).toList());
        assertTrue(plan.systems().get(1).tables().get(0).table().endsWith(" FINAL"), "ClickHouse reads merged rows");
    }

    private static String line(DesignResult.Generated design, String id) {
        return design.spec().sizing().lines().stream().filter(l -> l.id().equals(id)).map(SizingLine::value).findFirst().orElseThrow();
    }
}
