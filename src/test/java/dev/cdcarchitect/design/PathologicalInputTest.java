package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cdcarchitect.domain.InputProblem;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs at the size limit built to make regular expressions backtrack (long digit runs, repeated quotes,
 * repeated keywords). Each must finish: the generous limit only catches catastrophic backtracking, which takes
 * minutes, and is not a performance target.
 */
@Tag("adversarial")
class PathologicalInputTest {

    static Stream<String> inputs() {
        return Stream.of(
                "MongoDB " + "1".repeat(99_000),
                "PostgreSQL " + "1,000".repeat(19_000),
                "MySQL 8 " + "9.".repeat(49_000),
                "Oracle 19c " + "'".repeat(50_000) + " x".repeat(20_000),
                "PostgreSQL " + "delete ".repeat(14_000),
                "PostgreSQL " + "latency ".repeat(12_000) + "5",
                "PostgreSQL " + "send my ".repeat(12_000) + "passwords",
                "SQL Server " + " ".repeat(99_000) + "x",
                "Db2 " + "ab".repeat(49_000),
                "PostgreSQL " + "10k TPS, ".repeat(11_000),
                "PostgreSQL " + "' or ".repeat(19_000),
                "PostgreSQL " + "drop table ".repeat(9_000),
                "PostgreSQL " + "`rm ".repeat(24_000),
                "PostgreSQL " + "$( ".repeat(33_000),
                "PostgreSQL " + "ignore all the ".repeat(6_000),
                "PostgreSQL " + "%41".repeat(33_000),
                "PostgreSQL " + "\\x41".repeat(24_000),
                "PostgreSQL " + "QUFB".repeat(24_000),
                "PostgreSQL " + "wipe the ".repeat(11_000) + "database",
                "PostgreSQL " + "track ".repeat(16_000) + "without consent");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void finishesWithAnOutcome(String source) {
        String bounded = source.length() > 100_000 ? source.substring(0, 100_000) : source;
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                new DesignService().design(bounded, "Kafka to Snowflake and Elasticsearch");
            } catch (InputProblem expected) {
                // a clear problem is a fine outcome; hanging is not
            }
        });
    }
}
