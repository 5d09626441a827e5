package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.debezium.connector.jdbc.JdbcSinkConnectorConfig;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.c3p0.internal.C3P0ConnectionProvider;
import org.junit.jupiter.api.Test;

/**
 * The rehearsal's JDBC sink gives up on an unreachable replica in about a second, not after c3p0's 30 attempts 1 s
 * apart: measured on the connection pool the Debezium JDBC sink builds from the config (a loopback port nobody listens
 * on refuses at once, so the time is the pool's retrying).
 */
class SinkConnectionRetriesTest {

    @Test
    void aRefusedReplicaConnectionFailsWithinSecondsAndTheChangeIsListed() {
        LocalSubstitutions substitutions = new LocalSubstitutions();
        Map<String, String> sink = SinkConnectionRetries.apply(sinkTo("jdbc:postgresql://127.0.0.1:" + LocalPorts.free() + "/replica"), substitutions);

        Map<String, Object> hibernate = new HashMap<>();
        new JdbcSinkConnectorConfig(sink).getHibernateConfiguration().getProperties().forEach((k, v) -> hibernate.put(String.valueOf(k), v));
        C3P0ConnectionProvider pool = new C3P0ConnectionProvider();
        long t0 = System.nanoTime();
        try {
            // the pool takes its first connection while it is configured, as when the sink's task starts
            assertThrows(Exception.class, () -> {
                pool.configure(hibernate);
                pool.getConnection();
            });
        } finally {
            pool.stop();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 10_000, "the pool tried for " + millis + " ms");
        assertEquals(1, substitutions.changes().size(), substitutions.changes().toString());
        assertTrue(substitutions.changes().get(0).startsWith("hibernate.c3p0.acquireRetryAttempts: "), substitutions.changes().toString());
    }

    @Test
    void retriesTheExportedConfigSetsAreKept() {
        LocalSubstitutions substitutions = new LocalSubstitutions();
        Map<String, String> exported = sinkTo("jdbc:postgresql://127.0.0.1:5432/replica");
        exported.put(SinkConnectionRetries.ATTEMPTS, "10");
        assertEquals(exported, SinkConnectionRetries.apply(exported, substitutions));
        assertEquals(0, substitutions.changes().size());
    }

    private static Map<String, String> sinkTo(String url) {
        Map<String, String> sink = new LinkedHashMap<>();
        sink.put("connector.class", RelationalTargetRehearsal.SINK_CLASS);
        sink.put("connection.url", url);
        sink.put("connection.username", "replica_writer");
        sink.put("connection.password", "not-a-secret");
        return sink;
    }
}
