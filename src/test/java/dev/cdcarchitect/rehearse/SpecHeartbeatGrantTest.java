package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL heartbeat writes with INSERT ... ON CONFLICT (id) DO UPDATE, which needs SELECT on the table as well
 * as INSERT and UPDATE (PostgreSQL's INSERT reference: every form of ON CONFLICT reads the arbiter columns). The
 * spec's "GRANT SELECT ON ALL TABLES" runs before the heartbeat table exists, so the heartbeat table's own grant must
 * include SELECT, or the connector's heartbeat fails with "permission denied". Checked on a real PostgreSQL, with
 * the spec's statements applied in the spec's order and the query run as the spec's connector user.
 */
@Tag("rehearsal")
class SpecHeartbeatGrantTest {

    @Test
    void theConnectorUserCanRunTheHeartbeatQueryAfterTheSpecsSetup() throws Exception {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(
                "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch.");
        String heartbeat = design.spec().decisions().stream().flatMap(d -> d.config().stream())
                .filter(e -> e.key().equals("heartbeat.action.query")).map(ConfigEntry::value).findFirst().orElseThrow();
        String database = design.spec().decisions().stream().flatMap(d -> d.config().stream())
                .filter(e -> e.key().equals("database.dbname")).map(ConfigEntry::value).findFirst().orElseThrow();
        SpecDatabaseSetup setup = SpecDatabaseSetup.of(design);
        String password = Passwords.random();
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(setup.serverSettings()); Connection admin = pg.admin(database)) {
            ExampleWorkload.createTables(admin, setup.capturedTables());
            Check applied = setup.apply(admin, password);
            assertTrue(applied.passed(), applied.evidence());
            try (Connection connector = DriverManager.getConnection(pg.jdbcUrl(database), "debezium", password);
                 Statement s = connector.createStatement()) {
                assertDoesNotThrow(() -> s.execute(heartbeat), "the heartbeat query as the connector's user: " + heartbeat);
                assertDoesNotThrow(() -> s.execute(heartbeat), "and again, now through the ON CONFLICT update");
            }
        }
    }
}
