package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.rehearse.check.Check;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/**
 * The design's relational replica, rehearsed: the exported Debezium JDBC sink config loaded as-is (connection
 * placeholders filled for a second database on the same throwaway server, PostgreSQL or MariaDB) reads the change
 * events the source rehearsal produced; once it has committed every record, the replica's rows are compared with the
 * source's, and the runbook's reconciliation queries run on both in the replica's dialect.
 *
 * <p>The replica is a second database on the source's server, not a second server: the source connector captures
 * only its own database (publication and slot, or {@code database.include.list}), so the sink's writes are never
 * captured, and a second server would only add start-up time ({@link ReplicaDatabase}).
 *
 * <p>Facts from the Debezium JDBC sink documentation (https://debezium.io/documentation/reference/stable/connectors/jdbc.html):
 * the table name is {@code collection.name.format} (default {@code ${topic}}) with dots replaced by underscores;
 * {@code delete.enabled} (default false) needs {@code primary.key.mode=record_key}.
 */
public final class RelationalTargetRehearsal {

    static final String SINK_CLASS = "io.debezium.connector.jdbc.JdbcSinkConnector";
    static final String SETUP_CHECK = "target database setup";
    private static final String DOCS = "https://debezium.io/documentation/reference/stable/connectors/jdbc.html";
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_RACE_RESTARTS = 3;
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The spec's replica writer SQL is in the JDBC sink's decision (rules/sink/ReplicaWriter). */
    private static final String WRITER_DECISION = "sink.jdbc";

    private final UnaryOperator<Map<String, String>> edit;
    private final UnaryOperator<SpecDatabaseSetup> writerEdit;

    private RelationalTargetRehearsal(UnaryOperator<Map<String, String>> edit, UnaryOperator<SpecDatabaseSetup> writerEdit) {
        this.edit = edit;
        this.writerEdit = writerEdit;
    }

    /** The exported sink config as it is. */
    public static RelationalTargetRehearsal asExported() {
        return new RelationalTargetRehearsal(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** The spec's replica writer SQL with one statement left out (a rehearsal of a wrong grant). */
    public static RelationalTargetRehearsal withoutWriterStatement(String statement) {
        return new RelationalTargetRehearsal(UnaryOperator.identity(), setup -> setup.without(statement));
    }

    /** The exported sink config with one setting changed, or removed when {@code value} is null (a planted defect). */
    public static RelationalTargetRehearsal withSetting(String key, String value) {
        return new RelationalTargetRehearsal(config -> {
            Map<String, String> edited = new LinkedHashMap<>(config);
            if (value == null) edited.remove(key); else edited.put(key, value);
            return edited;
        }, UnaryOperator.identity());
    }

    /** The design's Debezium JDBC sink, if it has one. */
    static Optional<ConnectorConfig> jdbcSink(ConfigBundle bundle) {
        return ExportedConfigs.connectors(bundle).stream()
                .filter(c -> !c.source() && SINK_CLASS.equals(c.config().get("connector.class"))).findFirst();
    }

    /**
     * Runs the design's JDBC sink on the events of {@code topic} and compares the replica with the source table.
     *
     * @param source the source database (the workload has run); {@code table} is {@code schema.table}
     * @return the target's checks; none when the design has no JDBC sink
     */
    /**
     * Writes the poison record to {@code topic} when the design has a JDBC sink, early, so that real changes follow it
     * on its partition (the sink commits past a set-aside record only when later records come).
     *
     * @return where it landed, or null when there is no JDBC sink
     */
    static String poison(ConfigBundle bundle, String bootstrapServers, String topic) {
        return jdbcSink(bundle).isPresent() ? PoisonRecord.send(bootstrapServers, topic) : null;
    }

    /**
     * @param source the source database's administrator; {@code table} is the qualified source table
     * @param poison where {@link #poison} wrote the record no converter can read
     */
    List<Check> run(DesignResult.Generated design, ConfigBundle bundle, ReplicaDatabase replica, InProcessConnect connect, String bootstrapServers,
                    LocalSubstitutions substitutions, Connection source, String table, String topic, String poison) {
        Optional<ConnectorConfig> sink = jdbcSink(bundle);
        if (sink.isEmpty()) return List.of();
        List<Check> checks = new ArrayList<>();
        Map<String, String> exported = edit.apply(sink.get().config());
        String name = sink.get().name();
        String matched = topicsCover(exported, topic);
        if (matched != null) {
            checks.add(new Check("target connector", false, matched));
            return checks;
        }
        try {
            String password = Passwords.random();
            String user = exported.getOrDefault("connection.username", "");
            if (!PLAIN_NAME.matcher(user).matches()) {
                throw new RehearsalException("the JDBC sink's connection.username '" + user + "' is not a plain role name; the rehearsal "
                        + "cannot create it on the throwaway database.");
            }
            if (!replica.create(design, user, password, writerEdit, checks)) return checks;
            Map<String, String> config = SinkConnectionRetries.apply(
                    substitutions.applyToJdbcSink(exported, replica.sinkUrl(), connect.folder().resolve("secrets"), password), substitutions);
            try (SinkProgress progress = new SinkProgress(bootstrapServers)) {
                if (!startAndSettle(connect, progress, name, config, topic, checks)) return checks;
                compare(replica, source, table, topic, config, checks);
                deadLetters(progress, name, config, poison, checks);
            }
        } catch (SQLException e) {
            checks.add(new Check("target rows", false, "reading or preparing the replica failed: " + e.getMessage()));
        }
        return checks;
    }

    /** Null when the sink's {@code topics} or {@code topics.regex} takes the table's topic, else what is wrong. */
    private static String topicsCover(Map<String, String> config, String topic) {
        String regex = config.get("topics.regex");
        String list = config.get("topics");
        boolean covered = regex != null ? Pattern.compile(regex).matcher(topic).matches()
                : list != null && List.of(list.split("\\s*,\\s*")).contains(topic);
        if (covered) return null;
        return "the sink never reads the table's topic " + topic + ": " + (regex != null ? "topics.regex=" + regex
                : "topics=" + list) + " does not take it; set topics or topics.regex to include it";
    }

    /** The replica's flavour as the design's target names it ("PostgreSQL", "MySQL" for MySQL and MariaDB, ...). */
    static String replicaFlavour(DesignResult.Generated design) {
        return design.input().targets().stream().filter(t -> t.kind() == TargetKind.RELATIONAL_REPLICA).map(Target::flavour)
                .findFirst().orElse("?");
    }

    /** The spec's replica writer SQL (login and grants) as the spec writes it. */
    static SpecDatabaseSetup writerSetup(DesignResult.Generated design) {
        return SpecDatabaseSetup.of(design, WRITER_DECISION, List.of());
    }

    /** Adds the setup check for the writer SQL that ran ({@code filled}: what the rehearsal filled in, or ""). */
    static boolean writerApplied(Check applied, List<String> statements, String filled, List<Check> checks) {
        checks.add(new Check(SETUP_CHECK, applied.passed(), applied.passed()
                ? "the spec's replica writer SQL ran as written" + filled + ": " + String.join(" ", statements)
                : applied.evidence()));
        return applied.passed();
    }

    private static boolean startAndSettle(InProcessConnect connect, SinkProgress progress, String name, Map<String, String> config,
                                          String topic, List<Check> checks) {
        try {
            connect.putConnector(name, config);
        } catch (ConnectorRejected e) {
            checks.add(new Check("target connector", false, "Kafka Connect rejected the exported config: " + e.describe("connect/" + name + ".json")));
            return false;
        } catch (RehearsalException e) {
            checks.add(new Check("target connector", false, e.getMessage() + SettingsInError.named(e.getMessage(), name, config)));
            return false;
        }
        long started = System.nanoTime();
        long deadline = started + SETTLE_TIMEOUT.toNanos();
        String restarted = "";
        int raceRestarts = 0;
        while (System.nanoTime() < deadline) {
            ConnectorStateInfo status = connect.status(name);
            String failure = ConnectorFailures.of(status);
            if (failure != null && raceRestarts < MAX_RACE_RESTARTS && lostAlterRace(failure)) {
                // Tasks that meet a new column together race on ALTER TABLE and the losers fail; the spec's runbook
                // restarts only the failed tasks, which then find the column and go on. Rehearse that, and say so.
                // Several tasks can lose, and a restart is asynchronous (the status may still show the failure for
                // a moment): allow a few rounds (CI saw one restart not enough).
                raceRestarts++;
                restarted = "; " + raceRestarts + " round(s) of tasks failed on a concurrent ALTER TABLE (" + failure
                        + ") and were restarted as the spec's runbook says";
                connect.restartFailedTasks(name);
                for (int i = 0; i < 4; i++) pause();
                continue;
            }
            if (failure != null) {
                checks.add(new Check("target connector", false, name + " failed: " + failure + SettingsInError.named(failure, name, config)
                        + missingTable(failure, config)));
                return false;
            }
            if (progress.settled(name, topic)) {
                checks.add(new Check("target connector", true, name + " (" + SINK_CLASS + ") RUNNING with the exported config; it "
                        + "committed every record of " + topic + " after " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms" + restarted));
                return true;
            }
            pause();
        }
        checks.add(new Check("target connector", false, name + " did not commit the records of " + topic + " within "
                + SETTLE_TIMEOUT.toSeconds() + " s; connector " + connect.status(name).connector().state() + ", tasks "
                + connect.status(name).tasks().stream().map(t -> t.id() + " " + t.state()).toList() + restarted));
        return false;
    }

    /**
     * A task that lost the race to add a column: PostgreSQL says "column ... already exists", MySQL and MariaDB
     * "Duplicate column name" (error 1060).
     */
    static boolean lostAlterRace(String failure) {
        return failure.contains("already exists") || failure.contains("Duplicate column name");
    }

    /**
     * The sink reports a table it failed to create as a table it cannot find: with schema.evolution=basic that is the
     * writer's grants (CREATE on the target schema), not a missing table.
     */
    private static String missingTable(String failure, Map<String, String> config) {
        if (!failure.contains("Could not find table") || !"basic".equals(config.get("schema.evolution"))) return "";
        return ". With schema.evolution=basic the sink creates the table itself, so " + config.get("connection.username")
                + " could not create it: check the spec's replica writer grants (CREATE on the target schema) against the replica";
    }

    private static void compare(ReplicaDatabase database, Connection source, String table, String topic, Map<String, String> config,
                                List<Check> checks) throws SQLException {
        List<String> keys = TableRows.primaryKey(source, table);
        TableRows expected = TableRows.read(source, table, keys);
        String targetTable = database.table(topic);
        try (Connection replica = database.admin()) {
            if (!exists(replica, targetTable)) {
                checks.add(new Check("target rows", false, "no table " + targetTable + " in the replica (collection.name.format="
                        + config.getOrDefault("collection.name.format", "${topic}") + ", schema.evolution="
                        + config.getOrDefault("schema.evolution", "none") + "); see " + DOCS));
                return;
            }
            TableRows actual = TableRows.read(replica, targetTable, keys);
            checks.add(rows(table, targetTable, expected, actual));
            checks.add(deletes(actual, config));
            checks.add(ReplicaReconciliation.run(database.dialect(), source, table, replica, targetTable));
        }
    }

    private static Check rows(String table, String targetTable, TableRows expected, TableRows actual) {
        String where = expected.rows().size() + " rows in the source's " + table + ", " + actual.rows().size() + " in the replica's "
                + targetTable;
        for (Map.Entry<String, Map<String, String>> row : expected.rows().entrySet()) {
            Map<String, String> target = actual.rows().get(row.getKey());
            if (target == null) return new Check("target rows", false, where + "; first difference: " + row.getKey() + " missing in the replica");
            for (String column : expected.columns()) {
                if (!Objects.equals(row.getValue().get(column), target.get(column))) {
                    return new Check("target rows", false, where + "; first difference: " + row.getKey() + " column " + column
                            + " is " + row.getValue().get(column) + " in the source, " + target.get(column) + " in the replica");
                }
            }
        }
        for (String key : actual.rows().keySet()) {
            if (!expected.rows().containsKey(key)) return new Check("target rows", false, where + "; first difference: " + key
                    + " is in the replica but not in the source");
        }
        return new Check("target rows", true, where + "; same keys, same values in all " + expected.columns().size() + " columns");
    }

    /** The deleted row and the old key of the primary-key update are gone; the new key is there. */
    private static Check deletes(TableRows actual, Map<String, String> config) {
        List<String> wrong = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        ExampleWorkload.expected("r").forEach((key, ops) -> {
            boolean deleted = ops.get(ops.size() - 1).equals(ChangeEvent.TOMBSTONE);
            if (deleted) gone.add(key);
            if (deleted == actual.rows().containsKey(key)) wrong.add(key + (deleted ? " still in the replica" : " missing"));
        });
        if (wrong.isEmpty()) {
            return new Check("target deletes", true, "deleted rows " + gone + " gone from the replica (a delete and the old key of the "
                    + "primary-key update), the new key present");
        }
        return new Check("target deletes", false, String.join("; ", wrong) + ": the sink did not apply the deletes; it removes a row "
                + "only with delete.enabled=true (now " + config.getOrDefault("delete.enabled", "false (default)") + ") and "
                + "primary.key.mode=record_key (now " + config.getOrDefault("primary.key.mode", "none (default)") + "); see " + DOCS);
    }

    /** Exactly the poison record is on the dead letter queue, with its error; every real change reached the replica. */
    private static void deadLetters(SinkProgress progress, String name, Map<String, String> config, String poison, List<Check> checks) {
        String dlq = config.get("errors.deadletterqueue.topic.name");
        if (dlq == null) {
            checks.add(new Check("target DLQ", false, "the poison record " + poison + " (not JSON) was written, but connect/" + name
                    + ".json has no errors.deadletterqueue.topic.name: with errors.tolerance=" + config.getOrDefault("errors.tolerance", "none")
                    + " it is dropped or stops the sink. Fix: set errors.tolerance=all and a dead letter queue topic."));
            return;
        }
        SinkProgress.DeadLetters letters = progress.deadLetters(dlq);
        boolean ok = letters.count() == 1;
        checks.add(new Check("target DLQ", ok, ok
                ? "the poison record " + poison + " (not JSON) was set aside on " + dlq + " with its error (" + letters.firstError()
                        + ") and the sink went on with the records after it"
                : letters.count() + " records on the dead letter queue " + dlq + " where only the poison record " + poison
                        + " belongs (errors.tolerance=" + config.get("errors.tolerance") + "); first error: " + letters.firstError()
                        + SettingsInError.named(String.valueOf(letters.firstError()), name, config)));
    }

    private static boolean exists(Connection c, String qualifiedTable) throws SQLException {
        TableRows.Name name = TableRows.Name.of(c, qualifiedTable);
        try (ResultSet rs = c.getMetaData().getTables(name.catalog(), name.schema(), name.table(), null)) {
            return rs.next();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while waiting for the JDBC sink.", e);
        }
    }
}
