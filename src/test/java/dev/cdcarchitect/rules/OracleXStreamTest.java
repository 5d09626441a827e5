package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Snippet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Oracle reads redo through XStream only when the user owns a GoldenGate licence; otherwise through LogMiner. */
class OracleXStreamTest {

    private static final String ORACLE = "Oracle 19c, 2 TB, 3k TPS, 60 tables";
    private static final String TARGET = "Kafka to Snowflake";

    private static DesignSpec spec(DesignInput input) {
        return new RuleEngine().generate(input);
    }

    private static Optional<Decision> decision(DesignSpec spec, String id) {
        return spec.decisions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static String connector(DesignSpec spec, String key) {
        return spec.decisions().stream().flatMap(d -> d.config().stream())
                .filter(e -> e.scope() == ConfigScope.SOURCE_CONNECTOR && e.key().equals(key))
                .map(ConfigEntry::value).findFirst().orElse(null);
    }

    private static String text(Decision d) {
        StringBuilder all = new StringBuilder(d.statement()).append(' ').append(d.rationale());
        d.warnings().forEach(w -> all.append(' ').append(w));
        return all.toString();
    }

    @Test
    void aGoldenGateLicenceSelectsTheXStreamAdapter() {
        DesignSpec spec = spec(StatedInputs.goldenGate(StatedInputs.parse(ORACLE, TARGET)));
        assertEquals("xstream", connector(spec, "database.connection.adapter"));
        assertEquals("dbzxout", connector(spec, "xstream.out.server.name"));
        assertTrue(spec.decisions().stream().flatMap(d -> d.config().stream()).noneMatch(e -> e.key().startsWith("log.mining.")),
                "LogMiner tuning has no meaning for XStream");
        assertTrue(decision(spec, "oracle.logminer").isEmpty());
        Decision xstream = decision(spec, "oracle.xstream").orElseThrow();
        String sql = xstream.snippets().stream().map(Snippet::code).reduce("", String::concat);
        assertTrue(sql.contains("DBMS_XSTREAM_ADM.CREATE_OUTBOUND") && sql.contains("server_name     =>  'dbzxout'")
                && sql.contains("DBMS_XSTREAM_ADM.ALTER_OUTBOUND"), sql);
        assertTrue(text(xstream).contains("xstreams.jar") && text(xstream).contains("Instant Client"), text(xstream));
        assertTrue(text(xstream).contains("GoldenGate licence"), text(xstream));
        String setup = decision(spec, "oracle.redo-settings").orElseThrow().snippets().stream().map(Snippet::code)
                .reduce("", String::concat);
        assertTrue(setup.contains("enable_goldengate_replication") && setup.contains("DBMS_XSTREAM_AUTH.GRANT_ADMIN_PRIVILEGE"), setup);
    }

    @Test
    void withoutTheLicenceItStaysLogMinerAndSaysWhy() {
        DesignSpec spec = spec(StatedInputs.parse(ORACLE, TARGET));
        assertEquals("logminer", connector(spec, "database.connection.adapter"));
        assertEquals(null, connector(spec, "xstream.out.server.name"));
        assertTrue(decision(spec, "oracle.xstream").isEmpty());
        Decision logMiner = decision(spec, "oracle.logminer").orElseThrow();
        assertTrue(text(logMiner).contains("GoldenGate licence"), text(logMiner));
    }

    @Test
    void theLicenceMeansNothingForOtherEngines() {
        DesignInput pg = StatedInputs.parse("PostgreSQL 16, 1 TB, 2k TPS", TARGET);
        assertEquals(spec(pg), spec(StatedInputs.goldenGate(pg)));
    }

    @Test
    void xStreamWithoutKafkaKeepsTheSchemaHistoryInAFile() {
        DesignSpec spec = spec(StatedInputs.noKafka(StatedInputs.goldenGate(StatedInputs.parse(ORACLE, "BigQuery")), NativeSink.PUBSUB));
        assertEquals("xstream", connector(spec, "database.connection.adapter"));
        assertEquals("io.debezium.storage.file.history.FileSchemaHistory", connector(spec, "schema.history.internal"));
        List<String> keys = spec.decisions().stream().flatMap(d -> d.config().stream()).map(ConfigEntry::key).toList();
        assertTrue(keys.stream().noneMatch(k -> k.contains("kafka")), keys.toString());
    }
}
