package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.SizingLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The RTO of a lost replication position (slot invalidated, binlog purged, ...) is the time to rebuild the targets.
 * It must agree with the design's own snapshot plan: when re-snapshotting through the connector takes longer than
 * the plan allows (the seed's 50 TB: 34.5 days), recovery re-seeds from an export and the row must not claim a
 * shorter re-snapshot (it said "3 days", the plan's limit, not an estimate).
 */
class LostLogRtoTest {

    private static FailureScenario lostLog(DesignResult.Generated design) {
        return design.spec().failureMatrix().stream().filter(r -> r.id().equals("failure.lost-log")).findFirst().orElseThrow();
    }

    private static String incremental(DesignResult.Generated design) {
        return design.spec().sizing().lines().stream().filter(l -> l.id().equals("sizing.snapshot-incremental"))
                .map(SizingLine::value).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.|Confluent Kafka with target sinks to Snowflake and Elasticsearch.",
            "Oracle 19c, 20 TB, 8,000 TPS|Kafka to ClickHouse and Elasticsearch",
            "SQL Server 2019, 5 TB, 1,500 TPS|Confluent Cloud to BigQuery"})
    void aVolumeTooLargeToReSnapshotIsReSeededAndTheRtoSaysHowLongTheSnapshotWouldTake(String source, String target) {
        DesignResult.Generated design = DesignedConnectors.design(source, target);
        FailureScenario row = lostLog(design);
        String estimate = incremental(design);
        assertTrue(row.rto().contains(estimate), "the RTO states the design's own estimate " + estimate + ": " + row.rto());
        assertTrue(row.rto().contains("re-seed"), "the RTO is a re-seed from an export: " + row.rto());
        assertFalse(row.rto().startsWith("3 days"), "not the plan's limit as if it were the estimate: " + row.rto());
        assertTrue(row.recovery().contains("export"), "the recovery re-seeds from an export, as snapshot.strategy does: " + row.recovery());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"PostgreSQL 14, 500 GB, 1k TPS|Kafka to Snowflake", "MySQL 8.0, 200 GB, 2k TPS|Kafka to Elasticsearch"})
    void aVolumeThatFitsIsReSnapshottedIncrementallyInTheEstimatedTime(String source, String target) {
        DesignResult.Generated design = DesignedConnectors.design(source, target);
        FailureScenario row = lostLog(design);
        assertTrue(row.rto().equals(incremental(design) + " for an incremental re-snapshot"), row.rto());
        assertFalse(row.recovery().contains("re-seed"), row.recovery());
    }
}
