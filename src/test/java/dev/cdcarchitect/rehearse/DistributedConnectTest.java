package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed with exactly-once delivery: its exported worker.properties (exactly.once.source.support=enabled) starts
 * an in-process distributed worker, and the exported source connector (exactly.once.support=required) runs on it.
 */
@Tag("rehearsal")
class DistributedConnectTest {

    @Test
    void theSeedsExactlyOnceWorkerPropertiesStartADistributedWorkerThatRunsTheSourceConnector() throws Exception {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SeedDesign.SOURCE,
                SeedDesign.TARGET + " Exactly-once delivery required.");
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        String workerProperties = bundle.files().get("worker.properties");
        assertTrue(workerProperties.contains("exactly.once.source.support=enabled"), workerProperties);
        ConnectorConfig source = ExportedConfigs.connectors(bundle).stream().filter(ConnectorConfig::source).findFirst().orElseThrow();
        assertEquals("required", source.config().get("exactly.once.support"));
        SpecDatabaseSetup setup = SpecDatabaseSetup.of(design);
        String dbName = source.config().get("database.dbname");
        String password = Passwords.random();
        long t0 = System.nanoTime();
        try (ThrowawayPostgres pg = ThrowawayPostgres.start(setup.serverSettings());
             InProcessKafka kafka = InProcessKafka.start()) {
            System.out.println("PostgreSQL and Kafka started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            // No topic is created up front: the worker creates its internal topics from worker.properties and the
            // connector its data topics (topic.creation.*), as on a fresh cluster.
            LocalWorkerProperties local = new LocalWorkerProperties();
            Map<String, String> worker = local.apply(workerProperties, kafka.bootstrapServers());
            System.out.println(String.join("\n", local.changes()));
            assertEquals("enabled", worker.get("exactly.once.source.support"));
            assertEquals("cdc-connect", worker.get("group.id"));
            try (InProcessConnect connect = InProcessConnect.startDistributed(worker)) {
                System.out.println("components started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", pg.superuserPassword());
                     Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE \"" + dbName + "\"");
                }
                try (Connection admin = DriverManager.getConnection(pg.jdbcUrl(dbName), "postgres", pg.superuserPassword());
                     Statement s = admin.createStatement()) {
                    ExampleWorkload.createTables(admin, setup.capturedTables());
                    for (String statement : setup.statementsWithPassword(password)) s.execute(statement);
                }
                Map<String, String> config = new LocalSubstitutions().apply(source.config(), pg.port(), kafka.bootstrapServers(),
                        connect.folder().resolve("secrets"), password);
                connect.putConnector(source.name(), config);
                ConnectorStateInfo status = awaitRunning(connect, source.name());
                assertEquals("RUNNING", status.connector().state(), String.valueOf(status.connector().trace()));
                // Exactly-once is really on: the task's producer is transactional (KIP-618 names it GROUP-CONNECTOR-TASK).
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                    List<String> ids = admin.listTransactions().all().get().stream().map(TransactionListing::transactionalId).toList();
                    assertTrue(ids.contains("cdc-connect-" + source.name() + "-0"), ids.toString());
                }
                assertEquals(List.of(source.name()), new ArrayList<>(connect.connectorNames()));
                System.out.println("connector running after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
    }

    private static ConnectorStateInfo awaitRunning(InProcessConnect connect, String name) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        ConnectorStateInfo status = null;
        while (System.nanoTime() < deadline) {
            try {
                status = connect.status(name);
                boolean tasksRunning = !status.tasks().isEmpty() && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()));
                if (status.tasks().stream().anyMatch(t -> "FAILED".equals(t.state()))) break;
                if ("RUNNING".equals(status.connector().state()) && tasksRunning) return status;
            } catch (RuntimeException notYetKnown) {
                // the distributed herder knows the connector only after it has read its own config topic back
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not running: " + (status == null ? "unknown" : status.connector().state() + " "
                + status.tasks().stream().map(t -> t.state() + " " + t.trace()).toList()));
    }
}
