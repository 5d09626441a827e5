package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.Refs;
import org.junit.jupiter.api.Test;

/** A sink with its own freshness objective gets flush and commit settings, and a lag alert, derived from it. */
class SinkFreshnessTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    private static final long MINUTE = 60_000;

    private static DesignResult.Generated snowflakeIn15Minutes() {
        return StatedInputs.of(SEED_SOURCE, SEED_TARGET).freshness(TargetKind.SNOWFLAKE, 15 * MINUTE).design();
    }

    @Test
    void snowflakeFlushesAndMergesWithinItsObjective() {
        Decision d = decision(snowflakeIn15Minutes(), "sink.snowflake");
        // 10% of 15 min for the connector buffer, 10% for the ingest client, half for the dynamic table's target lag
        assertEquals("90", setting(d, "buffer.flush.time"));
        assertEquals("90", setting(d, "snowflake.streaming.max.client.lag"));
        assertTrue(d.snippets().get(0).code().contains("TARGET_LAG = '7 minutes'"), d.snippets().get(0).code());
        assertTrue(d.statement().contains("15 min"), d.statement());
        assertTrue(d.references().contains(Refs.SNOWFLAKE_TARGET_LAG));
    }

    @Test
    void aFreshnessBelowTheDynamicTablesMinimumIsFlagged() {
        Decision d = decision(StatedInputs.of(SEED_SOURCE, SEED_TARGET).freshness(TargetKind.SNOWFLAKE, MINUTE).design(),
                "sink.snowflake");
        assertEquals("6", setting(d, "buffer.flush.time"));
        assertTrue(d.snippets().get(0).code().contains("TARGET_LAG = '1 minute'"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("60 s")), d.warnings().toString());
    }

    @Test
    void theLagAlertUsesTheSinksObjectiveNotTheGlobalSlo() {
        Decision monitoring = decision(snowflakeIn15Minutes(), "failure.monitoring");
        assertTrue(monitoring.statement().contains("app-snowflake-sink consumer lag above 3.8 min (25% of its 15 min freshness objective)"),
                monitoring.statement());
        // Elasticsearch has no objective of its own: the global 5 s SLO still applies to it
        assertTrue(monitoring.statement().contains("other sinks' consumer lag above 1.3 s of work"), monitoring.statement());
    }

    @Test
    void icebergCommitsAtHalfItsObjective() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 sharded cluster, 8 TB, 20k writes/s, documents up to 10 MB",
                "Strimzi Kafka to an Iceberg lakehouse and Elasticsearch, multi-region").freshness(TargetKind.ICEBERG, 4 * MINUTE).design();
        assertEquals("120000", setting(decision(design, "sink.iceberg"), "iceberg.control.commit.interval-ms"));
    }

    @Test
    void s3RotatesAtHalfItsObjective() {
        DesignResult.Generated design = StatedInputs.of("Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS",
                "Confluent Cloud to Snowflake and raw files in S3").freshness(TargetKind.S3, 30 * MINUTE).design();
        Decision s3 = decision(design, "sink.s3");
        assertEquals("900000", setting(s3, "rotate.interval.ms"));
        assertTrue(s3.warnings().stream().anyMatch(w -> w.contains("rotate.schedule.interval.ms")), s3.warnings().toString());
    }

    @Test
    void bigQueryMergesAtHalfItsObjective() {
        DesignResult.Generated design = StatedInputs.of("MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS with peaks of 9k TPS",
                "Amazon MSK with sinks to BigQuery").freshness(TargetKind.BIGQUERY, 10 * MINUTE).design();
        assertEquals("300000", setting(decision(design, "sink.bigquery"), "mergeIntervalMs"));
    }
}
