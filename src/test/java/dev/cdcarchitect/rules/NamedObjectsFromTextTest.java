package dev.cdcarchitect.rules;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.rules.FactsFixture.decision;
import static dev.cdcarchitect.rules.FactsFixture.settings;
import static dev.cdcarchitect.rules.FactsFixture.sink;
import static dev.cdcarchitect.rules.FactsFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** From the user's own words through the intake to the connector settings: the two halves agree. */
class NamedObjectsFromTextTest {

    private static DesignSpec design(String source, String target) {
        return assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source, target)).spec();
    }

    private static String all(DesignSpec spec, String id) {
        return text(decision(spec, id).orElseThrow(() -> new AssertionError("no decision " + id)));
    }

    @Test
    void postgresTextDrivesScopeExclusionTruncatesKeylessAndPartitionedHandling() {
        DesignSpec spec = design("PostgreSQL 15, 2 TB, 3k TPS. 3 databases (sales, billing, crm). Capture only the tables orders, "
                        + "order_items and payments. There is an ssn column in customers that must never leave the database. "
                        + "Truncates must reach the target. Tables audit_log and events_raw have no primary key. We use declaratively "
                        + "partitioned tables (measurements). SKUs are re-keyed by UPDATE of a primary-key column.",
                "Kafka to a PostgreSQL replica and Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales", src.get("database.dbname"));
        assertEquals("public\\.orders,public\\.order_items,public\\.payments", src.get("table.include.list"));
        assertEquals("public\\.customers\\.ssn", src.get("column.exclude.list"));
        assertEquals("none", src.get("skipped.operations"));
        assertEquals("public\\.audit_log:<audit_log key columns>;public\\.events_raw:<events_raw key columns>",
                src.get("message.key.columns"));
        assertEquals("true", sink(spec, "JdbcSinkConnector").get("truncate.enabled"));
        assertTrue(all(spec, "source.capture-scope").contains("billing, crm need 3 connectors"), all(spec, "source.capture-scope"));
        assertTrue(all(spec, "pg.partitioned-tables").contains("public.measurements"));
        assertTrue(all(spec, "source.primary-key-updates").contains("__debezium.oldkey"));
    }

    @Test
    void mysqlTextDrivesDatabaseTablesMaskingAndBinlogRetention() {
        DesignSpec spec = design("MySQL 8.0, 1 TB, 2k TPS, database shop. Capture only the tables orders and customers. Binlog "
                        + "retention on the primary is 24 h. The email column in customers must be masked.",
                "Kafka to BigQuery");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("shop", src.get("database.include.list"));
        assertEquals("shop\\.orders,shop\\.customers", src.get("table.include.list"));
        assertEquals("shop\\.customers\\.email", src.get("column.mask.with.10.chars"));
        assertTrue(all(spec, "mysql.binlog-retention").contains("kept for 24 h"), all(spec, "mysql.binlog-retention"));
    }
}
