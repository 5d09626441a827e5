package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rehearses a PostgreSQL design: a throwaway PostgreSQL with the spec's settings and SQL, an in-process broker and
 * Connect worker, the exported source connector config loaded as-is (local placeholders filled), a small workload,
 * and checks on the change events. Sinks are not rehearsed in this slice.
 */
public final class PostgresRehearsal {

    public RehearsalReport run(DesignResult.Generated design) {
        return run(design, SpecDatabaseSetup.of(design));
    }

    /** As {@link #run(DesignResult.Generated)} with a given database setup (a planted defect, such as a missing grant). */
    public RehearsalReport run(DesignResult.Generated design, SpecDatabaseSetup setup) {
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        ConnectorConfig source = ExportedConfigs.connectors(bundle).stream().filter(ConnectorConfig::source)
                .filter(c -> c.config().get("connector.class").endsWith(".PostgresConnector")).findFirst()
                .orElseThrow(() -> new RehearsalException("the design has no PostgreSQL source connector on Kafka Connect; this "
                        + "rehearsal covers PostgreSQL sources only."));
        if (setup.capturedTables().isEmpty()) {
            throw new RehearsalException("the spec's SQL has no CREATE PUBLICATION ... FOR TABLE statement, so the rehearsal "
                    + "does not know which tables to create.");
        }
        List<Check> checks = new ArrayList<>();
        LocalSubstitutions substitutions = new LocalSubstitutions();
        long t0 = System.nanoTime();
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(setup.serverSettings());
             InProcessKafka kafka = InProcessKafka.start();
             InProcessConnect connect = InProcessConnect.start(kafka.bootstrapServers(), SourceConnectorSteps.workerSettings(bundle))) {
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            SourceConnectorSteps steps = new SourceConnectorSteps(design, bundle, source, kafka.bootstrapServers(), connect, checks);
            new Run(source, setup, pg, kafka, connect, substitutions, checks, steps).execute();
            return new RehearsalReport(checks, substitutions.changes(), startup, Duration.ofNanos(System.nanoTime() - t1));
        }
    }

    /** One rehearsal's steps; stops at the first step whose failure makes the later checks meaningless. */
    private record Run(ConnectorConfig source, SpecDatabaseSetup setup, ThrowawayPostgres pg, InProcessKafka kafka,
                       InProcessConnect connect, LocalSubstitutions substitutions, List<Check> checks, SourceConnectorSteps steps) {

        void execute() {
            String dbName = source.config().getOrDefault("database.dbname", "postgres");
            String table = setup.capturedTables().get(0);
            String password = Passwords.random();
            try (Connection admin = adminConnection(dbName)) {
                if (!applySetup(admin, password)) return;
                ExampleWorkload.snapshotRows(admin, table);
                if (!steps.createTopics()) return;
                Map<String, String> config = substitutions.apply(source.config(), pg.port(), kafka.bootstrapServers(),
                        connect.folder().resolve("secrets"), password);
                if (!startConnector(admin, config)) return;
                steps.workloadAndEvents(admin, config, table);
            } catch (SQLException e) {
                checks.add(new Check("workload", false, "the example workload failed: " + e.getMessage()));
            }
        }

        private Connection adminConnection(String dbName) throws SQLException {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
                 Statement s = c.createStatement()) {
                if (!"postgres".equals(dbName)) s.execute("CREATE DATABASE \"" + dbName + "\"");
            }
            return DriverManager.getConnection(pg.jdbcUrl(dbName), "postgres", pg.superuserPassword());
        }

        private boolean applySetup(Connection admin, String password) throws SQLException {
            ExampleWorkload.createTables(admin, setup.capturedTables());
            List<String> statements = setup.statementsWithPassword(password);
            try (Statement s = admin.createStatement()) {
                for (int i = 0; i < statements.size(); i++) {
                    try {
                        s.execute(statements.get(i));
                    } catch (SQLException e) {
                        checks.add(new Check("database setup", false, "the spec's statement '" + setup.statements().get(i)
                                + "' failed on PostgreSQL: " + e.getMessage()));
                        return false;
                    }
                }
            }
            checks.add(new Check("database setup", true, statements.size() + " statements of the spec applied (role, grants, publication, "
                    + "signal and heartbeat tables); server settings " + setup.serverSettings()));
            return true;
        }

        /** The connector is streaming when its task runs and the spec's replication slot is active. */
        private boolean startConnector(Connection admin, Map<String, String> config) throws SQLException {
            String slot = config.getOrDefault("slot.name", "debezium");
            return steps.startConnector(config, () -> slotActive(admin, slot), "replication slot " + slot + " active",
                    "its role, grants and publication");
        }

        private static boolean slotActive(Connection admin, String slot) throws SQLException {
            try (var ps = admin.prepareStatement("SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
                ps.setString(1, slot);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }
    }
}
