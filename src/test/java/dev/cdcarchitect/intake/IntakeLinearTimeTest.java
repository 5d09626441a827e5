package dev.cdcarchitect.intake;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs at the size limit that repeat what the newer readers look for (names without "table", engine mentions,
 * log sizes, clause breaks between lists): each must be read in well under the limit, i.e. in linear time.
 */
class IntakeLinearTimeTest {

    static Stream<String> inputs() {
        return Stream.of(
                "PostgreSQL 16 " + "skip a_b, ".repeat(9_000),
                "PostgreSQL 16 " + "x_y and ".repeat(12_000) + "is partitioned",
                "PostgreSQL 16 " + "orders is ".repeat(9_000),
                "PostgreSQL 16 " + "CLOB columns in ".repeat(6_000),
                "Percona " + "server ".repeat(14_000) + "MySQL 8.0",
                "Percona " + "MySQL ".repeat(16_000),
                "MongoDB 7.0 " + "oplog size 50 GB ".repeat(5_000),
                "PostgreSQL 16 " + "the orders table, but the ssn column ".repeat(2_500),
                "PostgreSQL 16 " + "tables a, ".repeat(9_000),
                "PostgreSQL 16 " + "Tables: ".repeat(12_000) + "5",
                "PostgreSQL 16 " + "10 000 ".repeat(14_000) + "TPS",
                "PostgreSQL 16 " + "between 1 and ".repeat(7_000) + "2 TPS",
                "PostgreSQL 16 " + "48 hours of ".repeat(8_000) + "WAL",
                "PostgreSQL 16 " + "shared_buffers 5 GB ".repeat(4_500),
                "PostgreSQL 16 " + "backup retention ".repeat(5_500) + "30 days",
                "PostgreSQL 16 writes: " + "4k/s average, ".repeat(6_500),
                "PostgreSQL 16 " + "writes: ".repeat(12_000) + "4k/s",
                "MongoDB 7.0 " + "oplog ".repeat(16_000) + "72h");
    }

    /** Objectives in one clause without commas: each looks for the sink beside it in a bounded window. */
    static Stream<String> targets() {
        return Stream.of("Kafka " + "latency 5 s ".repeat(8_000), "Kafka " + "Snowflake within 2 s ".repeat(4_500),
                "Kafka " + "cross-region DR to us-west-2 ".repeat(3_000), "Kafka " + "Snowflake: 2 s hourly ".repeat(4_500));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void readsTargetsInLinearTime(String target) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            new DesignInputParser().parse("PostgreSQL 16", target);
        });
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void readsInLinearTime(String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            new DesignInputParser().parse(source, "Kafka to Snowflake, " + "within 2 s, ".repeat(7_000));
        });
    }
}
