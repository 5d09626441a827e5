package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/**
 * Rehearses a PostgreSQL design: a throwaway PostgreSQL with the spec's settings and SQL, an in-process broker and
 * Connect worker, the exported source connector config loaded as-is (local placeholders filled), a small workload,
 * and checks on the change events. A relational replica (Debezium JDBC sink) is rehearsed after the workload by
 * {@link RelationalTargetRehearsal}; other sinks are not rehearsed here.
 */
public final class PostgresRehearsal {

    /** Worker settings the connector config depends on ({@code producer.override.*}, {@code topic.creation.*}). */
    private static final Set<String> WORKER_KEYS = Set.of("connector.client.config.override.policy", "topic.creation.enable");
    private static final Duration STREAMING_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(60);

    private final RelationalTargetRehearsal target;

    public PostgresRehearsal() {
        this(RelationalTargetRehearsal.asExported());
    }

    /** @param target how the design's relational replica (JDBC sink), if any, is rehearsed after the source */
    public PostgresRehearsal(RelationalTargetRehearsal target) {
        this.target = target;
    }

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
             InProcessConnect connect = InProcessConnect.start(kafka.bootstrapServers(), workerSettings(bundle))) {
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            new Run(design, bundle, source, setup, pg, kafka, connect, substitutions, target, checks).execute();
            return new RehearsalReport(checks, substitutions.changes(), startup, Duration.ofNanos(System.nanoTime() - t1));
        }
    }

    private static Map<String, String> workerSettings(ConfigBundle bundle) {
        Properties exported = new Properties();
        try {
            exported.load(new StringReader(bundle.files().getOrDefault("worker.properties", "")));
        } catch (IOException e) {
            throw new RehearsalException("the exported worker.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : WORKER_KEYS) {
            if (exported.containsKey(key)) out.put(key, exported.getProperty(key));
        }
        return out;
    }

    /** One rehearsal's steps; stops at the first step whose failure makes the later checks meaningless. */
    private record Run(DesignResult.Generated design, ConfigBundle bundle, ConnectorConfig source, SpecDatabaseSetup setup,
                       ThrowawayPostgres pg, InProcessKafka kafka, InProcessConnect connect, LocalSubstitutions substitutions,
                       RelationalTargetRehearsal target, List<Check> checks) {

        void execute() {
            String dbName = source.config().getOrDefault("database.dbname", "postgres");
            String table = setup.capturedTables().get(0);
            String password = Passwords.random();
            try (Connection admin = adminConnection(dbName)) {
                if (!applySetup(admin, password)) return;
                ExampleWorkload.snapshotRows(admin, table);
                if (!createTopics()) return;
                Map<String, String> config = substitutions.apply(source.config(), pg.port(), kafka.bootstrapServers(),
                        connect.folder().resolve("secrets"), password);
                if (!startConnector(admin, config)) return;
                String topic = config.get("topic.prefix") + "." + table;
                try (ChangeEventReader reader = new ChangeEventReader(kafka.bootstrapServers(), topic)) {
                    String snapshotOp = snapshot(admin, config, reader);
                    if (snapshotOp == null) return;
                    ExampleWorkload.run(admin, table);
                    checkEvents(topic, snapshotOp, reader.readUntil(ExampleWorkload.expectedCount(), EVENTS_TIMEOUT));
                }
                checks.addAll(target.run(bundle, pg, connect, kafka.bootstrapServers(), substitutions, admin, table, topic));
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
            Check applied = setup.apply(admin, password);
            checks.add(applied);
            return applied.passed();
        }

        private boolean createTopics() {
            Check topics = DesignTopics.create(bundle, kafka.bootstrapServers());
            checks.add(topics);
            return topics.passed();
        }

        /** The connector is streaming when its task runs and the spec's replication slot is active. */
        private boolean startConnector(Connection admin, Map<String, String> config) throws SQLException {
            try {
                connect.putConnector(source.name(), config);
            } catch (RehearsalException e) {
                checks.add(new Check("source connector", false, e.getMessage()));
                return false;
            }
            String slot = config.getOrDefault("slot.name", "debezium");
            long deadline = System.nanoTime() + STREAMING_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                ConnectorStateInfo status = connect.status(source.name());
                String failure = ConnectorFailures.of(status);
                if (failure != null) {
                    checks.add(new Check("source connector", false, source.name() + " failed: " + failure
                            + " (the database was set up with the spec's own statements: check its role, grants and publication)"));
                    return false;
                }
                if (slotActive(admin, slot) && status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()))) {
                    checks.add(new Check("source connector", true, source.name() + " RUNNING with the exported config, replication slot "
                            + slot + " active"));
                    return true;
                }
                pause();
            }
            checks.add(new Check("source connector", false, source.name() + " did not start streaming within "
                    + STREAMING_TIMEOUT.toSeconds() + " s (slot " + slot + " not active); status: " + summary(connect.status(source.name()))));
            return false;
        }

        /**
         * The rows present before the connector started: an initial snapshot sends them as "r"; a design that skips
         * the data snapshot (no_data) reads them with the spec's own incremental-snapshot signal.
         */
        private String snapshot(Connection admin, Map<String, String> config, ChangeEventReader reader) throws SQLException {
            String mode = config.getOrDefault("snapshot.mode", "initial");
            String how = "initial snapshot";
            if (mode.equals("no_data") || mode.equals("never")) {
                String signal = specSnippet("execute-snapshot");
                if (signal == null) {
                    checks.add(new Check("snapshot rows", false, "snapshot.mode=" + mode + " and the spec has no incremental-snapshot "
                            + "signal, so rows present before the connector started never reach Kafka"));
                    return null;
                }
                try (Statement s = admin.createStatement()) {
                    s.execute(signal);
                }
                how = "the spec's incremental-snapshot signal (snapshot.mode=" + mode + ")";
            }
            List<ChangeEvent> events = reader.readUntil(ExampleWorkload.SNAPSHOT_ROWS, EVENTS_TIMEOUT);
            long reads = events.stream().filter(e -> e.op().equals("r")).count();
            boolean ok = reads == ExampleWorkload.SNAPSHOT_ROWS;
            checks.add(new Check("snapshot rows", ok, reads + " of " + ExampleWorkload.SNAPSHOT_ROWS + " existing rows arrived as 'r' through " + how));
            return ok ? "r" : null;
        }

        private void checkEvents(String topic, String snapshotOp, List<ChangeEvent> events) {
            Set<String> designed = ExportedConfigs.topics(bundle).stream().map(TopicConfig::name).collect(Collectors.toSet());
            checks.add(new Check("topic", designed.contains(topic), events.size() + " events on " + topic
                    + (designed.contains(topic) ? ", a topic of the design" : ", which is NOT in topics.json")));
            Map<String, List<String>> expected = ExampleWorkload.expected(snapshotOp);
            Map<String, List<String>> actual = new LinkedHashMap<>();
            for (ChangeEvent e : events) actual.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.op());
            List<String> wrong = new ArrayList<>();
            expected.forEach((key, ops) -> {
                if (!ops.equals(actual.getOrDefault(key, List.of()))) wrong.add(key + " expected " + ops + " got " + actual.getOrDefault(key, List.of()));
            });
            checks.add(new Check("order per key", wrong.isEmpty(), wrong.isEmpty()
                    ? expected.size() + " keys (composite primary key) each saw their events in order: insert, update, delete, primary-key update"
                    : String.join("; ", wrong)));
            long deletes = events.stream().filter(e -> e.op().equals("d")).count();
            long followed = 0;
            for (List<String> ops : actual.values()) {
                for (int i = 0; i < ops.size() - 1; i++) {
                    if (ops.get(i).equals("d") && ops.get(i + 1).equals(ChangeEvent.TOMBSTONE)) followed++;
                }
            }
            checks.add(new Check("tombstones", deletes > 0 && followed == deletes, followed + " of " + deletes
                    + " deletes followed by a tombstone on the same key (log compaction removes the key)"));
        }

        private String specSnippet(String marker) {
            for (Section section : design.spec().sections()) {
                for (Decision d : section.decisions()) {
                    for (Snippet s : d.snippets()) {
                        if ("sql".equals(s.language()) && s.code().contains(marker)) return s.code().replaceAll("(?m)--.*$", "").strip();
                    }
                }
            }
            return null;
        }

        private static boolean slotActive(Connection admin, String slot) throws SQLException {
            try (var ps = admin.prepareStatement("SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
                ps.setString(1, slot);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }

        private static String summary(ConnectorStateInfo status) {
            return "connector " + status.connector().state() + ", tasks "
                    + status.tasks().stream().map(ConnectorStateInfo.TaskState::state).toList();
        }

        private static void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RehearsalException("interrupted while waiting for the connector.", e);
            }
        }
    }
}
