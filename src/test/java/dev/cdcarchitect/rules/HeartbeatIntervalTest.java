package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NativeSink;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every design alerts when the heartbeat falls silent; only a connector that emits heartbeats can satisfy that alert,
 * and on quiet tables/collections the heartbeat is also what moves the stored binlog/oplog/LSN position forward. So
 * every source connector, on Kafka Connect or in Debezium Server, sets heartbeat.interval.ms well inside the alert window.
 */
class HeartbeatIntervalTest {

    private static final Pattern SILENT = Pattern.compile("heartbeat[^;.]*for (\\d+) min");

    static Stream<Arguments> designs() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String source : new String[] {"PostgreSQL 16, 500 GB, 1k TPS", "MySQL 8.0, 500 GB, 1k TPS", "MariaDB 10.11, 500 GB, 1k TPS",
                "Oracle 19c, 2 TB, 1k TPS", "SQL Server 2019, 2 TB, 2k TPS", "MongoDB 7.0 replica set, 1 TB, 5k writes/s",
                "Db2 11.5, 1 TB, 500 TPS"}) {
            all.add(Arguments.of(source, DesignedConnectors.design(source, "Kafka to Snowflake")));
            all.add(Arguments.of(source + " (Debezium Server)", DesignedConnectors.design(source, "Kafka to Snowflake; source captured by Debezium Server")));
            all.add(Arguments.of(source + " (no Kafka)", StatedInputs.design(StatedInputs.noKafka(StatedInputs.parse(source, "BigQuery"), NativeSink.PUBSUB))));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theSourceEmitsHeartbeatsWellInsideTheSilenceAlert(String name, DesignResult.Generated design) {
        Map<String, Map<String, String>> sources = DesignedConnectors.of(design, ConfigScope.SOURCE_CONNECTOR);
        assertTrue(sources.size() == 1, name + ": one source connector, got " + sources.keySet());
        String interval = sources.values().iterator().next().get("heartbeat.interval.ms");
        assertNotNull(interval, name + ": heartbeat.interval.ms is not set, but the design alerts on a silent heartbeat");
        Decision monitoring = design.spec().decisions().stream().filter(d -> d.id().equals("failure.monitoring")).findFirst().orElseThrow();
        Matcher silent = SILENT.matcher(monitoring.statement());
        assertTrue(silent.find(), "the monitoring decision states the heartbeat silence window: " + monitoring.statement());
        long windowMillis = Long.parseLong(silent.group(1)) * 60_000;
        long intervalMillis = Long.parseLong(interval);
        assertTrue(intervalMillis > 0 && intervalMillis * 3 <= windowMillis,
                name + ": heartbeat every " + intervalMillis + " ms must beat at least three times in the " + windowMillis + " ms alert window");
    }

    /** The Cassandra agent has no heartbeat setting: its monitoring must not promise a heartbeat it cannot emit. */
    @org.junit.jupiter.api.Test
    void theCassandraAgentIsNotWatchedByAHeartbeatItDoesNotEmit() {
        DesignResult.Generated design = DesignedConnectors.design("Apache Cassandra 4.1, 12 nodes, 30 TB, 50k writes/s", "Kafka to Elasticsearch");
        Decision monitoring = design.spec().decisions().stream().filter(d -> d.id().equals("failure.monitoring")).findFirst().orElseThrow();
        assertTrue(!monitoring.statement().contains("heartbeat") && !monitoring.rationale().contains("heartbeat"), monitoring.statement());
    }
}
