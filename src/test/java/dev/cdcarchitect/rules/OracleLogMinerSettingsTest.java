package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LogMiner's query filter must match the include list it filters with, and every key must be a Debezium 3.x name. */
class OracleLogMinerSettingsTest {

    private static DesignSpec spec(String source) {
        return new RuleEngine().generate(new DesignInputParser().parse(source, "Kafka and Snowflake"));
    }

    private static Map<String, String> connector(String source) {
        return spec(source).decisions().stream().flatMap(d -> d.config().stream())
                .collect(Collectors.toMap(ConfigEntry::key, ConfigEntry::value, (a, b) -> a));
    }

    @Test
    void aRegularExpressionIncludeListIsFilteredAsARegularExpression() {
        Map<String, String> c = connector("Oracle 19c, 2 TB, 3k TPS");
        assertTrue(c.get("table.include.list").contains(".*"), c.get("table.include.list"));
        assertEquals("regex", c.get("log.mining.query.filter.mode"), "'in' takes literal names only: a regex would capture nothing");
    }

    @Test
    void namedTablesAreFilteredWithAnInClause() {
        Map<String, String> c = connector("Oracle 19c, 2 TB, 3k TPS; capture only the tables orders and payments");
        assertEquals("in", c.get("log.mining.query.filter.mode"));
    }

    @Test
    void archiveLogHoursHasItsDebezium3Name() {
        Map<String, String> c = connector("Oracle 19c, 2 TB, 3k TPS");
        assertEquals("0", c.get("archive.log.hours"));
        assertTrue(!c.containsKey("log.mining.archive.log.hours"));
    }

    /**
     * OracleConnectorConfig.validateLogMiningStrategy (3.6.1.Final) refuses hybrid with lob.enabled=true ("The hybrid mining
     * strategy is not compatible when enabling 'lob.enabled'"); its neighbours refuse log.mining.include.redo.sql and
     * log.mining.buffer.deferred.transaction.start with it too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS", "Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS, BLOB columns"})
    void capturedLobsAreMinedWithTheOnlineCatalog(String source) {
        Map<String, String> c = connector(source);
        assertEquals("true", c.get("lob.enabled"));
        assertEquals("online_catalog", c.get("log.mining.strategy"), "Debezium 3.6.1 rejects hybrid with lob.enabled=true");
        assertNotEquals("true", c.get("log.mining.include.redo.sql"));
        assertNotEquals("true", c.get("log.mining.buffer.deferred.transaction.start"));
    }

    @Test
    void theMiningDecisionSaysWhyTheOnlineCatalogIsUsedWithLobs() {
        Decision logMiner = spec("Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS").decisions().stream()
                .filter(d -> d.id().equals("oracle.logminer")).findFirst().orElseThrow();
        assertTrue(logMiner.statement().contains("log.mining.strategy=online_catalog"), logMiner.statement());
        assertTrue(logMiner.rationale().contains("lob.enabled"), logMiner.rationale());
        assertTrue(logMiner.references().stream().anyMatch(r -> r.url().endsWith("#oracle-logminer-mining-strategies")),
                logMiner.references().toString());
    }

    @Test
    void withoutLobsTheHybridStrategyStays() {
        Map<String, String> c = connector("Oracle 19c, 2 TB, 3k TPS");
        assertFalse(c.containsKey("lob.enabled"));
        assertEquals("hybrid", c.get("log.mining.strategy"));
    }

    /** Removed in Debezium 3.6.0 (commit fae75553ff, "Use log count/size in place of batch/sleep"): 3.6.1 ignores it. */
    @ParameterizedTest
    @ValueSource(strings = {"Oracle 19c, 2 TB, 3k TPS", "Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS", "Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS"})
    void noLogMiningBatchSettingsRemovedInDebezium36(String source) {
        Map<String, String> c = connector(source);
        List<String> removed = c.keySet().stream()
                .filter(k -> k.startsWith("log.mining.batch.size") || k.startsWith("log.mining.sleep.time")).toList();
        assertEquals(List.of(), removed, "settings Debezium 3.6 no longer has");
    }
}
