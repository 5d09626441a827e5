package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rehearses a MariaDB or MySQL design on a throwaway MariaDB: the spec's binlog settings and SQL (user, grants, signal
 * table), an in-process broker and a Connect worker in a child JVM (distributed, from the design's worker.properties,
 * for exactly-once designs), the exported binlog connector config loaded as-is (local placeholders filled), the example
 * workload, the streaming scenarios and the same checks as the PostgreSQL rehearsal, plus {@code exactly-once}; a
 * MySQL/MariaDB replica through the exported JDBC sink into a second database of the same server, with the runbook's
 * reconciliation queries on rows that came through Kafka.
 *
 * <p>Debian ships no MySQL server, so a MySQL design runs on MariaDB with Debezium's MariaDB connector: Debezium 3.x
 * reads MariaDB only with that connector (docs/decisions/0013). The report lists that switch, and the MySQL-only server
 * settings the MariaDB server does not know, as substitutions.
 */
public final class MariaDbRehearsal {

    static final String MARIADB_CONNECTOR = "io.debezium.connector.mariadb.MariaDbConnector";
    static final String MYSQL_CONNECTOR = "io.debezium.connector.mysql.MySqlConnector";
    /** The spec's user requires TLS; the throwaway server has none. */
    private static final String REQUIRE_SSL = " REQUIRE SSL";

    public RehearsalReport run(DesignResult.Generated design) {
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        ConnectorConfig source = binlogSource(bundle);
        return run(design, SpecDatabaseSetup.of(design, decisionPrefix(source), capturedTables(bundle, source)));
    }

    /** As {@link #run(DesignResult.Generated)} with a given database setup (a planted defect, such as a missing grant). */
    public RehearsalReport run(DesignResult.Generated design, SpecDatabaseSetup setup) {
        ConfigBundle bundle = new ConfigBundleBuilder().build(design);
        ConnectorConfig source = binlogSource(bundle);
        if (setup.capturedTables().isEmpty()) {
            throw new RehearsalException("topics.json has no data topic of the form " + source.config().get("topic.prefix")
                    + ".<database>.<table> for a database of database.include.list, so the rehearsal does not know which tables to create.");
        }
        List<Check> checks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> serverSettings = serverSettings(source, setup, notes, checks);
        if (serverSettings == null) return new RehearsalReport(checks, notes, Duration.ZERO, Duration.ZERO);
        LocalSubstitutions substitutions = new LocalSubstitutions();
        Map<String, String> exportedWorker = PostgresRehearsal.exportedWorker(bundle);
        boolean exactlyOnce = "enabled".equals(exportedWorker.get("exactly.once.source.support"));
        long t0 = System.nanoTime();
        try (ThrowawayMariaDb db = ThrowawayMariaDb.start(serverSettings);
             InProcessKafka kafka = InProcessKafka.start();
             ChildConnectWorker connect = startWorker(bundle, exactlyOnce, kafka, notes)) {
            Duration startup = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            SourceConnectorSteps steps = new SourceConnectorSteps(design, bundle, source, kafka.bootstrapServers(), connect, checks::add);
            Map<String, String> config = new LinkedHashMap<>(source.config());
            if (MYSQL_CONNECTOR.equals(config.get("connector.class"))) {
                config.put("connector.class", MARIADB_CONNECTOR);
                notes.add("connector.class: " + MYSQL_CONNECTOR + " -> " + MARIADB_CONNECTOR + " (MySQL design rehearsed on MariaDB "
                        + "with Debezium's MariaDB connector: no MySQL server on this machine)");
            }
            if (!exactlyOnce) exactlyOnceNote(source, notes);
            String transactionalId = exactlyOnce ? exportedWorker.get("group.id") + "-" + source.name() + "-0" : null;
            if (RelationalTargetRehearsal.jdbcSink(bundle).isPresent() && !mariaDbReplica(design)) {
                notes.add("the JDBC sink to the design's " + RelationalTargetRehearsal.replicaFlavour(design) + " replica did not run: "
                        + "this rehearsal has a MariaDB server only; its contract was checked on the connector's records");
            }
            new Run(design, bundle, setup, serverSettings, db, kafka, connect, substitutions, checks, steps, notes, transactionalId).execute(config);
            List<String> all = new ArrayList<>(notes);
            all.addAll(substitutions.changes());
            return new RehearsalReport(checks, all, startup, Duration.ofNanos(System.nanoTime() - t1));
        }
    }

    /**
     * A design with exactly-once source support runs on a distributed worker made from its own worker.properties
     * (a standalone worker ignores {@code exactly.once.support}); any other on a standalone worker with the settings
     * the connector config depends on. Either takes the MariaDB connector from its plugin folder.
     */
    private static ChildConnectWorker startWorker(ConfigBundle bundle, boolean exactlyOnce, InProcessKafka kafka, List<String> notes) {
        Path plugins = MariaDbConnectorPlugin.pluginPath();
        if (exactlyOnce) {
            LocalWorkerProperties local = new LocalWorkerProperties().withPluginPath(plugins);
            Map<String, String> worker = local.apply(bundle.files().getOrDefault("worker.properties", ""), kafka.bootstrapServers());
            local.changes().forEach(c -> notes.add("worker.properties " + c));
            return ChildConnectWorker.startDistributed(worker);
        }
        Map<String, String> worker = new LinkedHashMap<>(SourceConnectorSteps.workerSettings(bundle));
        worker.put("plugin.path", plugins.toString());
        return ChildConnectWorker.start(kafka.bootstrapServers(), worker);
    }

    /** A JDBC sink to a MySQL or MariaDB replica (the design's flavour "MySQL" takes both): it runs on this server. */
    private static boolean mariaDbReplica(DesignResult.Generated design) {
        return "MySQL".equals(RelationalTargetRehearsal.replicaFlavour(design));
    }

    /** Whether this rehearsal covers the design's source: a binlog connector (MariaDB or MySQL) on Kafka Connect. */
    public static boolean covers(DesignResult.Generated design) {
        return ExportedConfigs.connectors(new ConfigBundleBuilder().build(design)).stream().filter(ConnectorConfig::source)
                .anyMatch(c -> Set.of(MARIADB_CONNECTOR, MYSQL_CONNECTOR).contains(c.config().get("connector.class")));
    }

    private static ConnectorConfig binlogSource(ConfigBundle bundle) {
        return ExportedConfigs.connectors(bundle).stream().filter(ConnectorConfig::source)
                .filter(c -> Set.of(MARIADB_CONNECTOR, MYSQL_CONNECTOR).contains(c.config().get("connector.class"))).findFirst()
                .orElseThrow(() -> new RehearsalException("the design has no MariaDB or MySQL source connector on Kafka Connect; "
                        + "this rehearsal covers binlog sources only."));
    }

    private static String decisionPrefix(ConnectorConfig source) {
        return MARIADB_CONNECTOR.equals(source.config().get("connector.class")) ? "mariadb." : "mysql.";
    }

    /** Data topics are {@code <topic.prefix>.<database>.<table>} (Debezium's binlog topic naming) for the captured databases. */
    static List<String> capturedTables(ConfigBundle bundle, ConnectorConfig source) {
        String prefix = source.config().get("topic.prefix") + ".";
        Set<String> databases = Set.copyOf(Arrays.asList(source.config().getOrDefault("database.include.list", "").split("\\s*,\\s*")));
        List<String> tables = new ArrayList<>();
        for (TopicConfig t : ExportedConfigs.topics(bundle)) {
            if (!t.name().startsWith(prefix)) continue;
            String[] parts = t.name().substring(prefix.length()).split("\\.");
            if (parts.length == 2 && databases.contains(parts[0])) tables.add(parts[0] + "." + parts[1]);
        }
        return tables;
    }

    /**
     * The spec's server settings this MariaDB accepts. A MariaDB design's unknown setting fails the rehearsal; a MySQL
     * design's MySQL-only settings (gtid_mode, ...) are left out and listed: MariaDB's GTIDs are always on.
     */
    private static Map<String, String> serverSettings(ConnectorConfig source, SpecDatabaseSetup setup, List<String> notes, List<Check> checks) {
        Set<String> known = ThrowawayMariaDb.knownSettings();
        boolean mysql = MYSQL_CONNECTOR.equals(source.config().get("connector.class"));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : setup.serverSettings().entrySet()) {
            if (known.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            } else if (mysql) {
                notes.add("server setting " + e.getKey() + "=" + e.getValue() + ": left out (MySQL only; this MariaDB server does not know it)");
            } else {
                checks.add(new Check("database setup", false, "the spec's server setting " + e.getKey() + "=" + e.getValue()
                        + " is unknown to MariaDB (not in mariadbd --verbose --help); fix the setting in the spec's my.cnf"));
                return null;
            }
        }
        if (mysql && !setup.serverSettings().containsKey("log_bin")) {
            // "binary logging is enabled by default" in MySQL 8.0
            // (https://dev.mysql.com/doc/refman/8.0/en/replication-options-binary-log.html); MariaDB's is off by default
            out.put("log_bin", "ON");
            notes.add("server setting log_bin=ON: added (on by default in MySQL 8.0, off by default in MariaDB)");
        }
        return out;
    }

    /**
     * Kafka Connect's exactly-once source support is a distributed worker's feature; the standalone worker ignores
     * {@code exactly.once.support} (https://kafka.apache.org/documentation/#connect_exactlyoncesource). Said when the
     * connector asks for it but the exported worker.properties does not enable it.
     */
    private static void exactlyOnceNote(ConnectorConfig source, List<String> notes) {
        String eos = source.config().get("exactly.once.support");
        if (eos != null) {
            notes.add("exactly.once.support=" + eos + ": NOT exercised (the exported worker.properties does not set "
                    + "exactly.once.source.support=enabled, so the rehearsal's worker is standalone)");
        }
    }

    /** One rehearsal's steps; stops at the first step whose failure makes the later checks meaningless. */
    private record Run(DesignResult.Generated design, ConfigBundle bundle, SpecDatabaseSetup setup, Map<String, String> serverSettings, ThrowawayMariaDb db, InProcessKafka kafka, ChildConnectWorker connect,
                       LocalSubstitutions substitutions, List<Check> checks, SourceConnectorSteps steps, List<String> notes,
                       String transactionalId) {

        void execute(Map<String, String> exported) {
            String table = setup.capturedTables().get(0);
            String password = Passwords.random();
            try (Connection admin = db.adminConnection("")) {
                if (!applySetup(admin, password)) return;
                ExampleWorkload.snapshotRows(admin, table);
                if (!steps.createTopics()) return;
                Map<String, String> config = substitutions.apply(exported, db.port(), kafka.bootstrapServers(),
                        connect.folder().resolve("secrets"), password);
                if (!startConnector(admin, config)) return;
                String topic = config.get("topic.prefix") + "." + table;
                steps.workloadAndEvents(admin, config, table, reader -> {
                    // early, so that real changes follow it on its partition (see RelationalTargetRehearsal.poison)
                    String poison = mariaDbReplica(design) ? RelationalTargetRehearsal.poison(bundle, kafka.bootstrapServers(), topic) : null;
                    scenarios(admin, config, new StreamingScenarios(admin, table, reader), topic, poison);
                    // with exactly-once on: every event read so far, restart included, came from the task's committed transactions
                    if (transactionalId != null) {
                        checks.add(TransactionalWrites.check(kafka.bootstrapServers(), transactionalId, config.get("topic.prefix") + "." + table,
                                reader.seen().size()));
                    }
                });
            } catch (SQLException e) {
                checks.add(new Check("workload", false, "the example workload failed: " + e.getMessage()));
            }
        }

        private boolean startConnector(Connection admin, Map<String, String> config) throws SQLException {
            return steps.startConnector(config, () -> binlogDumpRunning(admin), "binlog dump thread running", "its user and grants");
        }

        /**
         * The scenarios of the PostgreSQL rehearsal, on the binlog: an added column, a large transaction, a restart,
         * then the replica (while the table still has its rows), then a TRUNCATE.
         */
        private void scenarios(Connection admin, Map<String, String> config, StreamingScenarios scenarios, String topic, String poison)
                throws SQLException {
            checks.add(scenarios.addedColumn());
            checks.add(scenarios.largeTransaction());
            // a standalone worker keeps no connector configs; a distributed one gets the same config again
            checks.add(scenarios.restart(StreamingScenarios.worker(connect::stopWorker, connect::startWorker, () -> startConnector(admin, config))));
            if (poison != null) replica(admin, scenarios.table(), topic, poison);
            checks.add(scenarios.truncate(config));
        }

        /**
         * The design's replica through its exported JDBC sink, on a worker of its own in this JVM: the sink is on this
         * class path, not in the child worker's plugin folder (a sink worker apart from the source's is common too).
         */
        private void replica(Connection admin, String table, String topic, String poison) {
            try (InProcessConnect sinkWorker = InProcessConnect.start(kafka.bootstrapServers(), SourceConnectorSteps.workerSettings(bundle))) {
                RelationalTargetRehearsal.asExported().run(design, bundle, new MariaDbReplica(db), sinkWorker, kafka.bootstrapServers(),
                        substitutions, admin, table, topic, poison).forEach(checks::add);
            }
        }

        /** The captured databases exist in production before the spec's SQL runs; here the rehearsal creates them. */
        private boolean applySetup(Connection admin, String password) throws SQLException {
            try (Statement s = admin.createStatement()) {
                for (String database : setup.capturedTables().stream().map(t -> t.substring(0, t.indexOf('.'))).distinct().toList()) {
                    s.execute("CREATE DATABASE `" + database + "`");
                }
            }
            ExampleWorkload.createTables(admin, setup.capturedTables());
            List<String> statements = setup.statementsWithPassword(password);
            try (Statement s = admin.createStatement()) {
                for (int i = 0; i < statements.size(); i++) {
                    String statement = statements.get(i);
                    if (statement.contains(REQUIRE_SSL)) {
                        statement = statement.replace(REQUIRE_SSL, "");
                        notes.add("'" + setup.statements().get(i) + "': run without REQUIRE SSL (the throwaway server has no TLS)");
                    }
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        checks.add(new Check("database setup", false, "the spec's statement '" + setup.statements().get(i)
                                + "' failed on MariaDB: " + e.getMessage()));
                        return false;
                    }
                }
            }
            checks.add(new Check("database setup", true, statements.size() + " statements of the spec applied (user, grants, signal "
                    + "table); server settings " + serverSettings));
            return true;
        }

        /** A replica client (the connector) reading the binlog shows as a "Binlog Dump" thread. */
        private static boolean binlogDumpRunning(Connection admin) throws SQLException {
            try (Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND LIKE 'Binlog Dump%'")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
