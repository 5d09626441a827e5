package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DesignResult;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the rehearsal: the design adds the ReselectColumnsPostProcessor for unchanged TOASTed values only, but the
 * post processor's {@code reselect.null.values} defaults to true
 * (https://debezium.io/documentation/reference/stable/post-processors/reselect-columns.html), so every event with any
 * NULL column costs a SELECT on the primary. Seen while reading the rehearsal's slow large transaction (5,000 rows with
 * a NULL column, 11 s); whether the re-selects were the main cost there is not measured yet.
 */
class ReselectOnlyPlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
            "PostgreSQL 13, 500 GB, 800 TPS; the documents table has large JSON columns"})
    void theReselectorReSelectsOnlyPlaceholdersNotNulls(String source) {
        DesignResult.Generated design = DesignedConnectors.design(source, "Kafka to Snowflake and Elasticsearch");
        Map<String, String> connector = DesignedConnectors.of(design, ConfigScope.SOURCE_CONNECTOR).values().iterator().next();
        assertEquals("io.debezium.processors.reselect.ReselectColumnsPostProcessor", connector.get("reselector.type"), source);
        assertEquals("false", connector.get("reselector.reselect.null.values"),
                source + ": a NULL column is a real value, not a missing one; re-selecting it queries the primary per event");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MySQL 8.0, 500 GB, 1k TPS", "SQL Server 2019, 2 TB, 2k TPS", "Oracle 19c, 2 TB, 1k TPS", "Db2 11.5, 1 TB, 500 TPS"})
    void noOtherSourceReSelectsNulls(String source) {
        DesignResult.Generated design = DesignedConnectors.design(source, "Kafka to Snowflake and Elasticsearch");
        Map<String, String> connector = DesignedConnectors.of(design, ConfigScope.SOURCE_CONNECTOR).values().iterator().next();
        if (connector.containsKey("reselector.type")) {
            assertEquals("false", connector.get("reselector.reselect.null.values"), source);
        } else {
            assertFalse(connector.containsValue("io.debezium.processors.reselect.ReselectColumnsPostProcessor"), source);
        }
    }
}
