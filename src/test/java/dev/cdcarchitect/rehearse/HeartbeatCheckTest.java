package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rehearsal's heartbeat check on a real PostgreSQL: no row from the connector within the interval (and the grace)
 * fails it, saying what to check; a row passes it. (That the spec's old grant leaves the table empty is
 * SpecHeartbeatGrantTest's "permission denied" for the connector's user; that the connector writes the row with the
 * spec's grant is PostgresRehearsalTest's passing "heartbeat" check.)
 */
@Tag("rehearsal")
class HeartbeatCheckTest {

    private static final Map<String, String> CONFIG = Map.of("heartbeat.interval.ms", "200", "heartbeat.action.query",
            "INSERT INTO public.debezium_heartbeat (id, ts) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET ts = EXCLUDED.ts");

    @Test
    void noRowFailsTheCheckWithWhatToCheckAndARowPassesIt() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(Map.of()); Connection admin = pg.admin("app")) {
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE TABLE public.debezium_heartbeat (id INT PRIMARY KEY, ts TIMESTAMPTZ NOT NULL)");
            }
            Check empty = HeartbeatCheck.run(admin, CONFIG).orElseThrow();
            assertFalse(empty.passed(), empty.line());
            assertTrue(empty.evidence().contains("SELECT, INSERT and UPDATE"), empty.line());
            try (Statement s = admin.createStatement()) {
                s.execute(CONFIG.get("heartbeat.action.query"));
            }
            Check written = HeartbeatCheck.run(admin, CONFIG).orElseThrow();
            assertTrue(written.passed(), written.line());
        }
    }

    @Test
    void aConnectorWithoutAHeartbeatQueryHasNoCheck() throws Exception {
        assertTrue(HeartbeatCheck.run(null, Map.of("heartbeat.interval.ms", "10000")).isEmpty());
    }
}
