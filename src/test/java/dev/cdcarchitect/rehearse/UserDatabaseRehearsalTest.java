package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code --source-url}: the rehearsal runs on a database it did not start, leaves the user's own tables alone, refuses
 * to write into a table that already has the design's name, and removes exactly what it created.
 */
@Tag("rehearsal")
class UserDatabaseRehearsalTest {

    private static ThrowawayPostgres usersServer;
    private final DesignResult.Generated seed = SeedDesign.design();

    @BeforeAll
    static void aDevelopmentServerWithLogicalDecoding() throws SQLException {
        usersServer = ThrowawayPostgres.start(Map.of("wal_level", "logical", "max_replication_slots", "4", "max_wal_senders", "4"));
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE dev");
        }
        try (Connection c = superuser("dev"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.customers_mine (id INT PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO public.customers_mine VALUES (1, 'mine')");
        }
    }

    @AfterAll
    static void stop() {
        if (usersServer != null) usersServer.close();
    }

    @Test
    void runsOnTheUsersDatabaseAndRemovesExactlyWhatItCreated() throws SQLException {
        RehearsalReport report = rehearse();
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines);
        assertTrue(report.passed(), lines);
        assertTrue(report.substitutions().stream().anyMatch(s -> s.startsWith("database.dbname: app -> dev")), report.substitutions().toString());
        try (Connection c = superuser("dev")) {
            assertEquals(1, count(c, "SELECT count(*) FROM public.customers_mine WHERE name = 'mine'"), "the user's table is untouched");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_roles WHERE rolname = 'debezium'"), "role removed");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_publication"), "publication removed");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_replication_slots"), "slot removed");
            assertEquals(0, count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'customers_mine'"), "example tables removed");
        }
    }

    @Test
    void refusesToWriteIntoAnExistingTableOfTheDesignsName() throws SQLException {
        try (Connection c = superuser("dev"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.orders (id INT PRIMARY KEY)");
            s.execute("INSERT INTO public.orders VALUES (42)");
        }
        try {
            RehearsalReport report = rehearse();
            assertFalse(report.passed());
            Check setup = report.checks().get(0);
            assertTrue(!setup.passed() && setup.evidence().contains("public.orders already exists") && setup.evidence().contains("never writes into yours"), setup.line());
            try (Connection c = superuser("dev")) {
                assertEquals(1, count(c, "SELECT count(*) FROM public.orders WHERE id = 42"), "the user's rows are untouched");
                assertEquals(0, count(c, "SELECT count(*) FROM pg_roles WHERE rolname = 'debezium'"), "nothing created");
            }
        } finally {
            try (Connection c = superuser("dev"); Statement s = c.createStatement()) {
                s.execute("DROP TABLE public.orders");
            }
        }
    }

    private RehearsalReport rehearse() {
        String url = "jdbc:postgresql://127.0.0.1:" + usersServer.port() + "/dev?user=postgres&password=" + usersServer.superuserPassword();
        return new PostgresRehearsal().run(seed, new ConfigBundleBuilder().build(seed), SpecDatabaseSetup.of(seed),
                new RehearsalOptions(0, Duration.ofSeconds(30), url), line -> {});
    }

    private static Connection superuser(String db) throws SQLException {
        return DriverManager.getConnection(usersServer.jdbcUrl(db), "postgres", usersServer.superuserPassword());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
