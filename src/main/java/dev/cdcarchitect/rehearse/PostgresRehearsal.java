package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Rehearses a PostgreSQL design: a throwaway PostgreSQL (or the user's development database) with the spec's settings
 * and SQL, an in-process broker and Connect worker (distributed for exactly-once designs), the exported source
 * connector config loaded as-is (local placeholders filled), a scripted workload with its scenarios, the relational
 * replica through the exported JDBC sink, and every sink's contract on the records the connector produced.
 */
public final class PostgresRehearsal {

    /** The data topic's raw records, for a caller that keeps them (capturing the sample records). */
    private Consumer<Map<String, List<ConsumerRecord<byte[], byte[]>>>> recordsListener = records -> {};

    /** Receives the data topic's records, bytes as on the topic, once the workload's events were read. */
    public PostgresRehearsal onRecords(Consumer<Map<String, List<ConsumerRecord<byte[], byte[]>>>> listener) {
        this.recordsListener = listener;
        return this;
    }

    private final RelationalTargetRehearsal target;

    public PostgresRehearsal() {
        this(RelationalTargetRehearsal.asExported());
    }

    /** @param target how the design's relational replica (JDBC sink), if any, is rehearsed after the source */
    public PostgresRehearsal(RelationalTargetRehearsal target) {
        this.target = target;
    }

    public RehearsalReport run(DesignResult.Generated design) {
        return run(design, SpecDatabaseSetup.of(design), line -> {});
    }

    /** As {@link #run(DesignResult.Generated)}, passing each step and check to {@code progress} as it happens. */
    public RehearsalReport run(DesignResult.Generated design, Consumer<String> progress) {
        return run(design, SpecDatabaseSetup.of(design), progress);
    }

    /** As {@link #run(DesignResult.Generated)} with a given database setup (a planted defect, such as a missing grant). */
    public RehearsalReport run(DesignResult.Generated design, SpecDatabaseSetup setup) {
        return run(design, setup, line -> {});
    }

    public RehearsalReport run(DesignResult.Generated design, SpecDatabaseSetup setup, Consumer<String> progress) {
        return run(design, new ConfigBundleBuilder().build(design), setup, progress);
    }

    /**
     * Rehearses {@code bundle} (the design's export, or an exported folder after the user's edits) on the design's
     * database setup, passing each step and check to {@code progress} as it happens. Interrupting the calling thread
     * cancels the rehearsal; every component is stopped and its folder removed.
     */
    public RehearsalReport run(DesignResult.Generated design, ConfigBundle bundle, SpecDatabaseSetup setup, Consumer<String> progress) {
        return run(design, bundle, setup, RehearsalOptions.DEFAULT, progress);
    }

    public RehearsalReport run(DesignResult.Generated design, ConfigBundle bundle, SpecDatabaseSetup setup, RehearsalOptions options,
                               Consumer<String> progress) {
        SourceEngine engine = design.input().source().engine();
        if (engine != SourceEngine.POSTGRESQL) {
            throw new RehearsalException("this design's source is " + engine.displayName() + ", and there is no local " + engine.displayName()
                    + " server to rehearse it on (rehearsals cover PostgreSQL, MariaDB/MySQL and Debezium Server designs). "
                    + "What still runs for it: 'validate --connect-url' against your Connect cluster and the static validation in every export.");
        }
        // On a staging cluster every connector, topic and slot of the run carries one run id (docs/decisions/0017).
        StagingNames staged = options.staging() == null ? null : StagingNames.forRun(bundle);
        if (staged != null) bundle = staged.apply(bundle);
        // The design's source connector, whatever its class says now: a hand-edited class is Connect's to reject.
        ConnectorConfig source = ExportedConfigs.connectors(bundle).stream().filter(ConnectorConfig::source).findFirst()
                .orElseThrow(() -> new RehearsalException("the configuration has no Debezium source connector on Kafka Connect (connect/*.json "
                        + "with an io.debezium.connector.* class); this rehearsal needs one."));
        if (setup.capturedTables().isEmpty()) {
            throw new RehearsalException("the spec's SQL has no CREATE PUBLICATION ... FOR TABLE statement, so the rehearsal "
                    + "does not know which tables to create.");
        }
        CheckList checks = new CheckList(progress);
        LocalSubstitutions substitutions = new LocalSubstitutions();
        long t0 = System.nanoTime();
        checks.step(staged == null ? "starting PostgreSQL, a Kafka broker and a Kafka Connect worker"
                : "starting PostgreSQL; run " + staged.runId() + " on the staging cluster (" + options.staging().shown() + ")");
        try (PostgresServer pg = options.sourceUrl() == null ? ThrowawayPostgres.start(setup.serverSettings())
                : UserPostgres.of(options.sourceUrl(), System.getenv());
             StagingCluster staging = staged == null ? null : StagingCluster.open(options.staging(), staged, progress);
             InProcessKafka kafka = staging != null ? null : InProcessKafka.start();
             InProcessConnect local = staging != null ? null : startWorker(bundle, kafka, substitutions)) {
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            ConnectWorker connect = staging != null ? staging.worker() : local;
            String bootstrap = staging != null ? staging.bootstrapServers() : kafka.bootstrapServers();
            if (staging != null) stagingNotes(staging, pg, substitutions, checks);
            new Run(design, bundle, source, setup, options, pg, bootstrap, connect, staging, substitutions, target, checks, recordsListener).execute();
            if (staging != null) checks.add(staging.cleanUp());
            return new RehearsalReport(checks.all(), substitutions.changes(), startup, Duration.ofNanos(System.nanoTime() - t1),
                    notProven(bundle, substitutions, options));
        }
    }

    /** The run's names and the reachability warning, in the report and as the rehearsal goes. */
    private static void stagingNotes(StagingCluster staging, PostgresServer pg, LocalSubstitutions substitutions, CheckList checks) {
        substitutions.forStagingCluster(staging.brokers());
        substitutions.note(List.of("staging run id " + staging.names().runId() + ": it prefixes every connector and topic and the replication "
                + "slot of this rehearsal on the staging cluster (docs/decisions/0017)"));
        if (pg instanceof ThrowawayPostgres) {
            checks.step("WARNING: the source is a throwaway PostgreSQL on this machine (127.0.0.1:" + pg.port() + "); the staging "
                    + "cluster's Connect workers reach it only if they run on this machine. Otherwise use --source-url with a host they can reach.");
        }
    }

    /** What a local rehearsal of this bundle leaves unproven; every report says it. */
    static List<String> notProven(ConfigBundle bundle, LocalSubstitutions substitutions, RehearsalOptions options) {
        List<String> out = new ArrayList<>();
        if (substitutions.changes().stream().anyMatch(c -> c.contains("left out"))) {
            out.add("TLS and SASL: the local broker and database speak plaintext, so the exported security settings listed above were left out.");
        }
        if (options.sourceUrl() != null) {
            out.add("The spec's server settings (slot and WAL limits): the server at --source-url keeps its own; only wal_level was checked.");
        }
        if (options.staging() != null) {
            out.add("The exported worker.properties: the connectors ran on the staging cluster's workers with that cluster's own settings; "
                    + "the rehearsal's clients reach --bootstrap-servers in plaintext.");
            if (RelationalTargetRehearsal.jdbcSink(bundle).isPresent()) {
                out.add("The relational replica: the JDBC sink is rehearsed on the in-process worker only, not on a staging cluster.");
            }
        } else {
            out.add("Broker failures: one local broker, replication factor and min.insync.replicas 1.");
        }
        if (options.staging() == null && !"enabled".equals(exportedWorker(bundle).get("exactly.once.source.support"))) {
            out.add("The exported worker.properties as a whole: the rehearsal's standalone worker takes only "
                    + String.join(" and ", SourceConnectorSteps.WORKER_KEYS.stream().sorted().toList()) + " from it.");
        }
        for (ConnectorConfig c : ExportedConfigs.connectors(bundle)) {
            if (!c.source()) out.add("connect/" + c.name() + ".json (" + c.config().getOrDefault("connector.class", "?") + ") did not run "
                    + "(its system is not on this machine); its contract was checked on the connector's records instead.");
        }
        out.add(options.rate() > 0 ? "Latency at production scale: the paced run measured this machine at " + options.rate()
                + " row changes/s; production sizing is the spec's estimate."
                : "Throughput and latency at the design's rate: the workload is small (run with --rate N to measure latency at N row changes/s).");
        return out;
    }

    /**
     * A design with exactly-once source support runs on a distributed worker made from its own worker.properties
     * (a standalone worker has no exactly-once support); any other on a standalone worker with the settings the
     * connector config depends on.
     */
    private static InProcessConnect startWorker(ConfigBundle bundle, InProcessKafka kafka, LocalSubstitutions substitutions) {
        String workerProperties = bundle.files().getOrDefault("worker.properties", "");
        if ("enabled".equals(exportedWorker(bundle).get("exactly.once.source.support"))) {
            LocalWorkerProperties local = new LocalWorkerProperties();
            Map<String, String> worker = local.apply(workerProperties, kafka.bootstrapServers());
            substitutions.note(local.changes().stream().map(c -> "worker.properties " + c).toList());
            return InProcessConnect.startDistributed(worker);
        }
        return InProcessConnect.start(kafka.bootstrapServers(), SourceConnectorSteps.workerSettings(bundle));
    }

    static Map<String, String> exportedWorker(ConfigBundle bundle) {
        try {
            return ExportedConfigs.worker(bundle);
        } catch (IllegalArgumentException e) {
            throw new RehearsalException(e.getMessage(), e);
        }
    }

    /** One rehearsal's steps; stops at the first step whose failure makes the later checks meaningless. */
    private record Run(DesignResult.Generated design, ConfigBundle bundle, ConnectorConfig source, SpecDatabaseSetup setup, RehearsalOptions options,
                       PostgresServer pg, String bootstrap, ConnectWorker connect, StagingCluster staging, LocalSubstitutions substitutions,
                       RelationalTargetRehearsal target, CheckList checks, Consumer<Map<String, List<ConsumerRecord<byte[], byte[]>>>> recordsListener) {

        void execute() {
            String dbName = source.config().getOrDefault("database.dbname", "postgres");
            String table = setup.capturedTables().get(0);
            String password = Passwords.random();
            if (pg instanceof UserPostgres) substitutions.sourceDatabase(pg.host(), pg.database(dbName));
            try (Connection admin = pg.admin(dbName)) {
                checks.step("applying the spec's database settings and SQL");
                if (!applySetup(admin, password)) return;
                ExampleWorkload.snapshotRows(admin, table);
                if (!createTopics()) return;
                Map<String, String> config = substitutions.apply(source.config(), pg.port(), bootstrap,
                        connect.folder().resolve("secrets"), password);
                checks.step("starting " + source.name() + " with the exported config");
                if (!startConnector(admin, config)) return;
                String topic = config.get("topic.prefix") + "." + table;
                try (ChangeEventReader reader = new ChangeEventReader(bootstrap, topic)) {
                    String snapshotOp = steps().snapshot(admin, config, reader);
                    if (snapshotOp == null) return;
                    checks.step("running the workload on " + table + ": insert, update, delete, primary-key update");
                    ExampleWorkload.run(admin, table);
                    steps().checkEvents(topic, snapshotOp, reader.readUntil(ExampleWorkload.expectedCount(), SourceConnectorSteps.EVENTS_TIMEOUT));
                    recordsListener.accept(Map.of(topic, reader.raw()));
                    String poison = pg instanceof ThrowawayPostgres && connect instanceof InProcessConnect ? RelationalTargetRehearsal.poison(bundle, bootstrap, topic) : null;
                    StreamingScenarios scenarios = new StreamingScenarios(admin, table, reader);
                    scenarios(admin, config, scenarios);
                    if (pg instanceof ThrowawayPostgres local && connect instanceof InProcessConnect inProcess) {
                        target.run(design, bundle, new PostgresReplica(local), inProcess, bootstrap, substitutions, admin, table, topic, poison).forEach(checks::add);
                    }
                    checks.step("TRUNCATE");
                    checks.add(scenarios.truncate(config));
                    paced(admin, scenarios, topic);
                    checks.step("the spec's heartbeat query, run by the connector as its own user");
                    HeartbeatCheck.run(admin, config).ifPresent(checks::add);
                    checks.step("checking each sink's contract on the " + reader.raw().size() + " records the connector produced");
                    steps().sinkContracts(topic, reader);
                }
            } catch (SQLException e) {
                checks.add(new Check("workload", false, "the example workload failed: " + e.getMessage()));
            }
        }

        private void scenarios(Connection admin, Map<String, String> config, StreamingScenarios scenarios) throws SQLException {
            checks.step("adding a column while streaming");
            checks.add(scenarios.addedColumn());
            checks.step("one transaction of " + StreamingScenarios.LARGE_TRANSACTION_ROWS + " rows");
            checks.add(scenarios.largeTransaction());
            if (connect instanceof RemoteConnectWorker remote) {
                checks.step("stopping the run's connectors on the staging cluster (never its workers), committing "
                        + StreamingScenarios.ROWS_WHILE_DOWN + " rows, resuming them");
                // The user's workers keep running: the rehearsal stops and resumes only its own connectors.
                Check restart = scenarios.restart(StreamingScenarios.worker(remote::stopConnectors, remote::resumeConnectors, () -> startConnector(admin, config)));
                checks.add(new Check(restart.name(), restart.passed(), restart.evidence().replace("while the worker was stopped arrived after it restarted",
                        "while the connector was stopped (PUT /connectors/NAME/stop) arrived after it resumed")));
                return;
            }
            InProcessConnect local = (InProcessConnect) connect;
            checks.step("stopping the worker, committing " + StreamingScenarios.ROWS_WHILE_DOWN + " rows, starting it again");
            checks.add(scenarios.restart(StreamingScenarios.worker(local::stopWorker, local::startWorker, () -> startConnector(admin, config))));
        }

        private boolean createTopics() {
            if (staging == null) return steps().createTopics();
            Check topics = staging.createTopics(bundle);
            checks.add(topics);
            return topics.passed();
        }

        private void paced(Connection admin, StreamingScenarios scenarios, String topic) throws SQLException {
            if (options.rate() > 0) {
                checks.step("inserting " + options.rate() + " rows/s for " + options.rateDuration().toSeconds() + " s");
                try (ReplicaArrivals replica = replicaArrivals(topic)) {
                    checks.add(new PacedWorkload(admin, scenarios.table(), scenarios.reader()).run(options.rate(), options.rateDuration(),
                            design.input().requirements().latencySloMillis(), "debezium.postgres", replica));
                }
            }
        }

        /** The replica's rows when the design writes one through the JDBC sink on this throwaway server and local worker, else null. */
        private ReplicaArrivals replicaArrivals(String topic) {
            if (!(pg instanceof ThrowawayPostgres local) || !(connect instanceof InProcessConnect) || RelationalTargetRehearsal.jdbcSink(bundle).isEmpty()) return null;
            return new ReplicaArrivals(local.jdbcUrl(ReplicaDatabase.REPLICA_DATABASE), "postgres", local.superuserPassword(),
                    PostgresReplica.tableOf(topic), PacedWorkload.FIRST_ORDER_ID);
        }

        private boolean applySetup(Connection admin, String password) throws SQLException {
            List<String> settingProblems = pg.serverSettingProblems(admin, setup.serverSettings());
            if (!settingProblems.isEmpty()) {
                checks.add(new Check("database setup", false, String.join("; ", settingProblems)));
                return false;
            }
            if (pg instanceof UserPostgres user) {
                try {
                    user.prepare(admin, setup.capturedTables(), setup.statements(), source.config().getOrDefault("slot.name", "debezium"));
                } catch (RehearsalException e) {
                    checks.add(new Check("database setup", false, e.getMessage()));
                    return false;
                }
            }
            ExampleWorkload.createTables(admin, setup.capturedTables());
            Check applied = setup.apply(admin, password);
            checks.add(applied);
            return applied.passed();
        }

        /** The connector is streaming when its task runs and the spec's replication slot is active. */
        private boolean startConnector(Connection admin, Map<String, String> config) throws SQLException {
            String slot = config.getOrDefault("slot.name", "debezium");
            return steps().startConnector(config, () -> slotActive(admin, slot), "replication slot " + slot + " active",
                    "its role, grants and publication");
        }

        private SourceConnectorSteps steps() {
            if (staging == null) return new SourceConnectorSteps(design, bundle, source, bootstrap, connect, checks::add);
            String where = pg.host() + ":" + pg.port();
            return new SourceConnectorSteps(design, bundle, source, bootstrap, connect,
                    c -> checks.add(UnreachableSource.explain(c, where, pg instanceof ThrowawayPostgres)));
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
