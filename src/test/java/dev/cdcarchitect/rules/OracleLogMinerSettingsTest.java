package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** LogMiner's query filter must match the include list it filters with, and every key must be a Debezium 3.x name. */
class OracleLogMinerSettingsTest {

    private static Map<String, String> connector(String source) {
        DesignSpec spec = new RuleEngine().generate(new DesignInputParser().parse(source, "Kafka and Snowflake"));
        return spec.decisions().stream().flatMap(d -> d.config().stream())
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
}
