package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.line;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.SizingLine;
import org.junit.jupiter.api.Test;

/**
 * Incremental snapshots read one chunk of incremental.snapshot.chunk.size rows at a time beside streaming, so their
 * duration comes from the chunk rate, not from the blocking snapshot's multi-threaded read rate.
 */
class IncrementalSnapshotTest {

    private static DesignResult.Generated mysql4Tb() {
        return StatedInputs.of("MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS with peaks of 9k TPS, JSON columns, 300 tables",
                "Amazon MSK with sinks to BigQuery and a Redis cache; p99 latency under 3 s").design();
    }

    @Test
    void theIncrementalDurationUsesTheChunkRate() {
        SizingLine incremental = line(mysql4Tb(), "sizing.snapshot-incremental");
        // 4,096 rows x 1 KB per 0.25 s chunk = 16.8 MB/s; 4 TB / 16.8 MB/s = 66.2 h (the blocking rate, 80 MB/s, gave 13.9 h)
        assertEquals("2.8 days", incremental.value());
        assertEquals("4 TB / (4,096 rows x 1 KB per chunk / 0.25 s per chunk = 16.8 MB/s): one chunk query at a time, "
                + "beside streaming (planning figure: measure a chunk on a copy)", incremental.formula());
    }

    @Test
    void theIncrementalPlanStatesTheIncrementalDuration() {
        Decision strategy = decision(mysql4Tb(), "snapshot.strategy");
        assertEquals("no_data", setting(strategy, "snapshot.mode"));
        assertEquals("4096", setting(strategy, "incremental.snapshot.chunk.size"));
        assertTrue(strategy.statement().contains("about 2.8 days for 4 TB"), strategy.statement());
        assertTrue(strategy.warnings().stream().anyMatch(w -> w.startsWith("Estimate: 2.8 days at 16.8 MB/s")), strategy.warnings().toString());
    }

    @Test
    void aVolumeTooLargeForIncrementalChunksIsSeededFromAnExport() {
        // 8 TB: blocking 27.8 h is too long; incremental 132.5 h is past the 72 h limit, so seed from an export
        DesignResult.Generated design = StatedInputs.of("PostgreSQL 15, 8 TB, 2k TPS", "Kafka to Snowflake").design();
        Decision strategy = decision(design, "snapshot.strategy");
        assertTrue(strategy.statement().startsWith("Do not snapshot 8 TB through the connector (about 5.5 days)"), strategy.statement());
    }

    @Test
    void theFailureMatrixReSnapshotUsesTheIncrementalRate() {
        DesignResult.Generated design = StatedInputs.of("PostgreSQL 15, 2 TB, 2k TPS", "Kafka to Snowflake").design();
        FailureScenario lost = design.spec().failureMatrix().stream().filter(f -> f.id().equals("failure.lost-log")).findFirst().orElseThrow();
        // 2 TB / 16.8 MB/s = 33.1 h (the blocking rate gave 6.9 h)
        assertEquals("33.1 h for an incremental re-snapshot", lost.rto());
    }
}
