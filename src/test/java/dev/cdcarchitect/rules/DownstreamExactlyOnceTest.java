package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.rules.base.Refs;
import org.junit.jupiter.api.Test;

/** A stated downstream exactly-once consumer turns on what it needs end to end, where the connector supports it. */
class DownstreamExactlyOnceTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private static DesignResult.Generated streams() {
        return StatedInputs.of(SEED_SOURCE, SEED_TARGET).downstreamExactlyOnce("Kafka Streams exactly_once_v2").design();
    }

    @Test
    void connectWritesTransactionallyForIt() {
        DesignResult.Generated design = streams();
        Decision semantics = decision(design, "delivery.semantics");
        assertEquals("enabled", setting(semantics, "exactly.once.source.support"));
        assertEquals("required", setting(semantics, "exactly.once.support"));
        assertEquals("poll", setting(semantics, "transaction.boundary"));
        assertEquals("read_committed", setting(design, "app-snowflake-sink", "consumer.override.isolation.level"));
        assertEquals("read_committed", setting(design, "app-elasticsearch-sink", "consumer.override.isolation.level"));
    }

    @Test
    void kafkaStreamsRunsWithExactlyOnceV2() {
        Decision d = decision(streams(), "delivery.downstream-exactly-once");
        assertEquals("exactly_once_v2", setting(d, "processing.guarantee"));
        assertEquals("3", setting(d, "replication.factor"));
        assertTrue(d.references().contains(Refs.KAFKA_STREAMS_CONFIG));
        assertTrue(d.references().contains(Refs.DBZ_EOS));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("2.5") && w.contains("transaction.state.log.replication.factor")),
                d.warnings().toString());
    }

    @Test
    void flinkUsesTransactionalSinksAndReadCommittedSources() {
        Decision d = decision(StatedInputs.of(SEED_SOURCE, SEED_TARGET).downstreamExactlyOnce("Flink").design(),
                "delivery.downstream-exactly-once");
        assertEquals("read_committed", setting(d, "properties.isolation.level"));
        assertEquals("exactly-once", setting(d, "sink.delivery-guarantee"));
        assertEquals("cdc-flink-job", setting(d, "sink.transactional-id-prefix"));
        assertEquals("900000", setting(d, "properties.transaction.timeout.ms"));
        assertEquals("2500 ms", setting(d, "execution.checkpointing.interval"));
        assertTrue(d.references().contains(Refs.FLINK_KAFKA));
        assertTrue(d.references().contains(Refs.FLINK_KAFKA_SQL));
    }

    @Test
    void anotherConsumerReadsCommittedAndWritesIdempotently() {
        Decision d = decision(StatedInputs.of(SEED_SOURCE, SEED_TARGET).downstreamExactlyOnce("a billing service").design(),
                "delivery.downstream-exactly-once");
        assertEquals("read_committed", setting(d, "isolation.level"));
        assertEquals("false", setting(d, "enable.auto.commit"));
    }

    @Test
    void db2HasNoExactlyOnceSourceSupportAndSaysSo() {
        DesignResult.Generated design = StatedInputs.of("Db2 11.5, 1 TB, 500 TPS", "Kafka into Delta Lake on Databricks")
                .downstreamExactlyOnce("Kafka Streams").design();
        Decision semantics = decision(design, "delivery.semantics");
        assertNull(setting(semantics, "exactly.once.support"));
        assertNull(setting(semantics, "exactly.once.source.support"));
        assertTrue(semantics.warnings().stream().anyMatch(w -> w.contains("Db2") && w.contains("does not support")),
                semantics.warnings().toString());
        Decision downstream = decision(design, "delivery.downstream-exactly-once");
        assertTrue(downstream.warnings().stream().anyMatch(w -> w.contains("Db2")), downstream.warnings().toString());
        FailureScenario zombie = design.spec().failureMatrix().stream().filter(f -> f.id().equals("failure.zombie-task"))
                .findFirst().orElseThrow();
        assertFalse(zombie.detection().contains("fenced"), zombie.detection());
    }

    @Test
    void db2NeverClaimsExactlyOnceIsOneSwitchAway() {
        Decision semantics = decision(StatedInputs.of("Db2 11.5, 1 TB, 500 TPS", "Kafka into Delta Lake on Databricks").design(),
                "delivery.semantics");
        assertTrue(semantics.rationale().endsWith("The Debezium Db2 connector has no exactly-once source support, so keyed upserts "
                + "are what absorb a replay."), semantics.rationale());
    }
}
