package dev.cdcarchitect.export.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.GoldenDesigns;
import dev.cdcarchitect.rules.StatedInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thresholds derived from golden designs, checked against values worked out by hand from their sizing and configuration. */
class ThresholdsTest {

    private static Thresholds of(String name) {
        return Thresholds.of(PromtoolCheckTest.design(GoldenDesigns.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()));
    }

    @Test
    void seedLagBudgetIsTheAssumedSloTimesThePeakRate() {
        Thresholds t = of("postgres-seed");
        assertEquals(5000, t.sloMillis());
        assertEquals("p99 SLO 5,000 ms (assumed: none was stated)", t.sloSource());
        // 10k TPS x growth 2 = 20,000 events/s; x 5 s = 100,000 events.
        assertEquals(List.of(100_000L, 100_000L), t.sinks().stream().map(SinkWatch::lagEvents).toList());
        assertEquals(List.of("connect-app-snowflake-sink", "connect-app-elasticsearch-sink"), t.sinks().stream().map(SinkWatch::consumerGroup).toList());
        assertEquals(List.of("app-postgres-source", "app-snowflake-sink", "app-elasticsearch-sink"), t.connectors());
    }

    @Test
    void seedSlotHeadroomIsHalfTheDesignedWalCap() {
        Thresholds t = of("postgres-seed");
        assertEquals("debezium_app", t.slotName());
        // max_slot_wal_keep_size = ceil(1.5 x 1,769.472 GB) = 2655GB; PostgreSQL's GB is 1024^3 bytes.
        assertEquals(2_850_784_542_720.0, t.walCapBytes());
        assertTrue(AlertCatalog.rules(t).stream().anyMatch(r -> r.expr()
                .equals("pg_replication_slot_safe_wal_size_bytes{slot_name=\"debezium_app\"} < 1425392271360")));
    }

    @Test
    void seedSnapshotHeartbeatAndRebalanceThresholds() {
        Thresholds t = of("postgres-seed");
        // 173.6 h estimated = 625,000 s; x 1.5 = 937,500 s.
        assertEquals(937_500, t.snapshotAlertSeconds());
        // heartbeat.interval.ms 10,000 x 3 = 30 s, raised to the 300 s floor.
        assertEquals(10_000, t.heartbeatMillis());
        assertEquals(300, t.heartbeatSilenceSeconds());
        assertEquals("__debezium-heartbeat.app", t.heartbeatTopic());
        // 3 Connect workers x 2 rebalances (leave + join).
        assertEquals(6, t.rebalancesPerHour());
    }

    @Test
    void statedSloDrivesTheLagBudgetAndAStreamJobHasNoConnectorOrDlq() {
        Thresholds t = of("mysql-rds");
        assertEquals("p99 SLO 3,000 ms from the input", t.sloSource());
        // 9k TPS peak x growth 2 = 18,000 events/s; x 3 s = 54,000.
        assertEquals(54_000, t.sinks().get(0).lagEvents());
        SinkWatch redis = t.sinks().get(1);
        assertEquals("app-redis-job", redis.consumerGroup());
        assertNull(redis.connector());
        assertNull(redis.dlqTopic());
        // RDS: retention is set by rds_set_configuration, not a variable: the planned 72 h; 1,592.5248 GB per 24 h x 3.
        assertEquals(72.0, t.logHoldHours());
        assertEquals(4_777_574_400_000.0, t.logBytesAtHold(), 1.0);
        assertTrue(AlertCatalog.rules(t).stream().noneMatch(r -> r.name().equals("BinlogRetentionBelowDesign")));
    }

    @Test
    void mariaDbRetentionComesFromTheDesignedBinlogExpiry() {
        Thresholds t = of("mariadb");
        assertEquals("binlog_expire_logs_seconds=259200 as designed", t.logHoldSource());
        assertTrue(AlertCatalog.rules(t).stream().anyMatch(r -> r.expr().equals("mysql_global_variables_binlog_expire_logs_seconds < 259200")));
        // A third of 72 h = 86,400,000 ms behind source puts the binlog position at risk.
        assertTrue(AlertCatalog.rules(t).stream().anyMatch(r -> r.name().equals("SourceLogPositionAtRisk") && r.expr().endsWith("> 86400000")));
    }

    @Test
    void aStatedSinkFreshnessReplacesTheSloForThatSinkOnly() {
        DesignResult.Generated design = StatedInputs.of(
                "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch.").freshness(TargetKind.SNOWFLAKE, 15 * 60_000L).design();
        Thresholds t = Thresholds.of(design);
        assertEquals(900_000, t.sinks().get(0).budgetMillis());
        assertEquals(20_000L * 900, t.sinks().get(0).lagEvents());
        assertEquals(5000, t.sinks().get(1).budgetMillis());
    }

    @Test
    void cassandraHasNoSourceConnectorMetricsButItsSinkIsWatched() {
        Thresholds t = of("cassandra");
        assertNull(t.sourceConnector());
        assertEquals(List.of("app-elasticsearch-sink"), t.connectors());
        assertTrue(AlertCatalog.rules(t).stream().noneMatch(r -> r.stage() == Stage.CONNECTOR));
        // 4 workers -> 8 rebalances per hour.
        assertEquals(8, t.rebalancesPerHour());
    }

    @Test
    void walCapUsesPostgresUnits() {
        assertEquals(64.0 * 1024 * 1024 * 1024, Thresholds.bytesOf("64GB"));
        assertEquals(512.0 * 1024 * 1024, Thresholds.bytesOf("512MB"));
    }
}
