package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDatabaseSetupTest {

    private final SpecDatabaseSetup setup = SpecDatabaseSetup.of(SeedDesign.design());

    @Test
    void takesTheSpecsServerSettingsAndSetupStatements() {
        assertEquals("logical", setup.serverSettings().get("wal_level"));
        assertTrue(setup.statements().contains("ALTER ROLE debezium WITH REPLICATION;"), setup.statements().toString());
        assertTrue(setup.statements().contains("GRANT SELECT, INSERT, UPDATE ON public.debezium_heartbeat TO debezium;"), setup.statements().toString());
        assertTrue(setup.statements().stream().anyMatch(s -> s.startsWith("CREATE PUBLICATION dbz_app FOR TABLE")), setup.statements().toString());
        assertEquals(List.of("public.orders", "public.order_lines"), setup.capturedTables());
    }

    @Test
    void leavesOutQueriesSignalsAndTargetSql() {
        for (String s : setup.statements()) {
            assertFalse(s.startsWith("SELECT") || s.startsWith("INSERT"), "not a setting: " + s);
            assertFalse(s.contains("DYNAMIC TABLE"), "Snowflake's SQL is not the source's: " + s);
            assertFalse(s.contains("--"), "comments are dropped: " + s);
        }
    }

    @Test
    void fillsOnlyTheSecretStorePlaceholder() {
        assertTrue(setup.statementsWithPassword("pw123").contains("CREATE ROLE debezium WITH LOGIN PASSWORD 'pw123';"));
    }

    @Test
    void leavingOutAStatementTheSpecDoesNotHaveIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> setup.without("GRANT ALL ON everything;"));
    }
}
