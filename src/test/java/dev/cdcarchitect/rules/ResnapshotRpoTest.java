package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.NativeSink;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A re-snapshot after the log position is lost (slot invalidated, binlog purged, archive log deleted, CDC rows cleaned
 * up, oplog rolled over, offsets gone) reads the rows that exist now: a row deleted in the gap is never emitted, so its
 * copy stays in every target. Such a recovery is not "RPO 0"; the row must say so and say how to reconcile.
 */
class ResnapshotRpoTest {

    static Stream<Arguments> designs() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String source : new String[] {"PostgreSQL 14, 500 GB, 1k TPS, Multi-AZ", "PostgreSQL 17, 500 GB, 1k TPS",
                "MySQL 8.0, 500 GB, 1k TPS", "MariaDB 10.11, 500 GB, 1k TPS", "Oracle 19c, 2 TB, 1k TPS", "SQL Server 2019, 2 TB, 2k TPS",
                "MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Db2 11.5, 1 TB, 500 TPS", "Apache Cassandra 4.1, 12 nodes, 30 TB, 50k writes/s"}) {
            all.add(Arguments.of(source, DesignedConnectors.design(source, "Kafka to Snowflake")));
            if (!source.contains("Cassandra")) {
                all.add(Arguments.of(source + " (no Kafka)",
                        StatedInputs.design(StatedInputs.noKafka(StatedInputs.parse(source, "BigQuery"), NativeSink.PUBSUB))));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void aRecoveryBySnapshotNamesTheDeletesItCannotSeeAndHowToReconcile(String name, DesignResult.Generated design) {
        int bySnapshot = 0;
        for (FailureScenario row : design.spec().failureMatrix()) {
            String recovery = row.recovery().toLowerCase(Locale.ROOT);
            String rpo = row.rpo().toLowerCase(Locale.ROOT);
            if (!(recovery.contains("snapshot") || rpo.contains("snapshot"))) continue;
            bySnapshot++;
            String where = name + " / " + row.id() + ": RPO \"" + row.rpo() + "\", recovery \"" + row.recovery() + "\"";
            assertFalse(rpo.matches("0( .*)? after .*snapshot.*") || rpo.contains("snapshot reads") && !rpo.contains("delete"),
                    "a re-snapshot does not give RPO 0: " + where);
            assertTrue(rpo.contains("delete"), "the RPO names the deletes a snapshot cannot see: " + where);
            assertTrue(recovery.contains("orphan") && (recovery.contains("compare") || recovery.contains("fresh")),
                    "the recovery says how to reconcile (compare keys, delete orphans, or rebuild into a fresh target): " + where);
        }
        assertTrue(bySnapshot >= 1, name + ": the lost-log row recovers by re-snapshot");
    }
}
