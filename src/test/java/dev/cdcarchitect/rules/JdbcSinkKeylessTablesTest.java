package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDBC sink upserts by record key (insert.mode=upsert, primary.key.mode=record_key): an event of a table without a
 * primary key has a null key unless message.key.columns gives it one, and upsert then fails it into the DLQ. A design
 * with keyless tables keys them at the source and documents the safe mode for a table that has no unique columns:
 * an append-only connector keyed by the Kafka coordinates, deletes off (delete.enabled needs record_key).
 */
class JdbcSinkKeylessTablesTest {

    static Stream<Arguments> designs() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String engine : new String[] {"PostgreSQL 16", "MySQL 8.0", "MariaDB 10.11", "Oracle 19c", "SQL Server 2019", "Db2 11.5"}) {
            all.add(Arguments.of(engine + ", 500 GB, 1k TPS, some tables without primary keys"));
            all.add(Arguments.of(engine + ", 500 GB, 1k TPS. Tables audit_log and events_raw have no primary key."));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void keylessTablesAreKeyedAtTheSourceAndTheSinkDocumentsItsSafeMode(String source) {
        DesignResult.Generated design = DesignedConnectors.design(source, "Kafka to a PostgreSQL replica");
        Map<String, String> sink = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, "jdbc");
        assertEquals("upsert", sink.get("insert.mode"));
        assertEquals("record_key", sink.get("primary.key.mode"));
        Map<String, String> src = DesignedConnectors.of(design, ConfigScope.SOURCE_CONNECTOR).values().iterator().next();
        String keys = src.get("message.key.columns");
        assertNotNull(keys, "upsert by record_key with keyless tables and no message.key.columns: their null-keyed events fail "
                + "into the DLQ. Source settings: " + src.keySet());
        assertTrue(keys.matches("[^:;]+:[^:;]+(;[^:;]+:[^:;]+)*"), "message.key.columns shape <table regex>:<columns>[;...]: " + keys);

        Decision jdbc = design.spec().decisions().stream().filter(d -> d.id().equals("sink.jdbc")).findFirst().orElseThrow();
        assertTrue(jdbc.warnings().stream().anyMatch(w -> w.contains("message.key.columns") && w.contains("DLQ")),
                "the sink says what happens to a keyless table's events: " + jdbc.warnings());
        Snippet safe = jdbc.snippets().stream().filter(s -> s.code().contains("primary.key.mode=")).findFirst()
                .orElseThrow(() -> new AssertionError("no append-only connector for tables without unique columns: " + jdbc.snippets()));
        List<String> lines = List.of(safe.code().split("\n"));
        assertTrue(lines.contains("primary.key.mode=kafka") && lines.contains("delete.enabled=false") && lines.contains("insert.mode=upsert"),
                safe.code());
    }
}
