package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.SINK_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SinkKnowledge;

/** Relational replica through the Debezium JDBC sink: upsert by key, deletes applied. */
public final class JdbcReplicaSink implements SinkKnowledge {

    @Override public TargetKind kind() { return TargetKind.RELATIONAL_REPLICA; }

    @Override public double eventsPerSecondPerTask() { return 2_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return "Relational replica: schema.evolution=basic adds missing tables and columns; drops, renames and type changes are "
                + "never applied automatically and must be run on the replica by hand, in step with the source migration.";
    }

    @Override public String truncateHandling() {
        return "applies it: truncate.enabled=true (default false, which skips the event) makes the JDBC sink run TRUNCATE TABLE "
                + "on the replica's table.";
    }

    @Override public boolean appliesTruncates() { return true; }

    @Override public Rule rule() {
        return Rule.when("sink.jdbc", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.RELATIONAL_REPLICA), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(TargetKind.RELATIONAL_REPLICA);
        String name = ctx.naming().sinkConnector(target);
        DecisionBuilder d = ctx.decision("sink.jdbc", "Relational replica (" + target.flavour() + "): upsert by key, apply deletes")
                .because("Upserts by primary key make redelivery idempotent; the sink reads the Debezium envelope natively, so no "
                        + "flattening SMT is needed and deletes arrive as deletes.");
        SinkSettings.common(d, ctx, target, "io.debezium.connector.jdbc.JdbcSinkConnector");
        boolean truncates = ctx.input().facts().propagateTruncates() && ctx.knowledge().emitsTruncates(ctx.source());
        if (truncates) {
            d.set(SINK_CONNECTOR, name, "truncate.enabled", "true"); // default false: truncate events are skipped
        }
        d.statement("Apply events with the Debezium JDBC sink in upsert mode keyed by the record key, with deletes enabled "
                + "and basic schema evolution. " + replicaSide(d, ctx, target, truncates));
        d.set(SINK_CONNECTOR, name, "connection.url", "jdbc:<replica url>")
                .set(SINK_CONNECTOR, name, "connection.username", ReplicaWriter.USER)
                .set(SINK_CONNECTOR, name, "connection.password", Secrets.file("replica.properties", "password"))
                .set(SINK_CONNECTOR, name, "insert.mode", "upsert")
                .set(SINK_CONNECTOR, name, "primary.key.mode", "record_key")
                .set(SINK_CONNECTOR, name, "delete.enabled", "true")
                .set(SINK_CONNECTOR, name, "schema.evolution", "basic")
                .set(SINK_CONNECTOR, name, "use.time.zone", "UTC")
                .set(SINK_CONNECTOR, name, "batch.size", "500")
                .ref(Refs.DBZ_JDBC_SINK)
                .warn("Each sink task commits its own batches: a transaction that spans tables is applied table by table, so the "
                        + "replica is only eventually consistent across tables.")
                // Seen in the rehearsal (issue 15): Debezium 3.2 made a concurrent CREATE TABLE fall through (DBZ-9237); a
                // concurrent ALTER TABLE ... ADD COLUMN still fails every task but one.
                .warn("With " + ctx.sizing().sinkTasksPerConnector() + " sink tasks and schema.evolution=basic, the tasks that meet a new "
                        + "column together each run ALTER TABLE ... ADD COLUMN; all but one fail with " + duplicateColumnError(target.flavour()) + " and stay "
                        + "FAILED. Add new columns to the replica first (expand first: the sink then finds them), or restart only the "
                        + "failed tasks, which then find the column and go on.")
                // Seen in the rehearsal (issue 15) and in JdbcSinkConnectorTask.preCommit (Debezium 3.5): the sink returns the
                // offsets it wrote, falling back to the framework's only for a partition it has written nothing on since it opened.
                .warn("A record the converter or a transform rejects goes to the DLQ without reaching the sink, and the sink commits "
                        + "only the offsets it has written: when that record is the last one of its partition, the group's committed "
                        + "offset stays one record behind until the next change on that partition. On a quiet table the consumer-lag "
                        + "alert then fires and stays on (lag / consume rate has no rate to divide by; the age of the oldest "
                        + "unconsumed record only grows) though nothing is stuck: when a lag alert comes with DLQ "
                        + "growth, read the standing lag as the DLQ record (the DLQ alert already reported it); it clears with the "
                        + "next change, or when the tasks restart (they re-read the record and send it to the DLQ a second time).")
                .snippet("bash", "after a column was added at the source: restart the sink's failed tasks only",
                        "curl -s -X POST 'http://<connect-host>:8083/connectors/" + name + "/restart?includeTasks=true&onlyFailed=true'");
        if (keylessTables(ctx)) appendOnlyMode(d, ctx, name);
        return d.build();
    }

    /**
     * Seen in the rehearsal (issue 15): the spec said neither which table the replica writes to nor who may write it.
     * The table name is set explicitly to what the spec says, and the writer's login and grants come per target database.
     */
    private static String replicaSide(DecisionBuilder d, RuleContext ctx, Target target, boolean truncates) {
        String flavour = target.flavour();
        String topic = ctx.naming().exampleDataTopic(ctx.engine());
        d.set(SINK_CONNECTOR, ctx.naming().sinkConnector(target), ReplicaTables.FORMAT_KEY, ReplicaTables.FORMAT)
                .ref(ReplicaWriter.reference(flavour));
        String sql = ReplicaWriter.sql(flavour, truncates);
        if (sql != null) d.snippet("sql", "replica writer: login and grants on the target database", sql);
        return "Each topic is written to its own replica table named after the topic with dots replaced by underscores ("
                + ReplicaTables.FORMAT_KEY + "=" + ReplicaTables.FORMAT + ", the default collection.naming.strategy), in "
                + ReplicaTables.schema(flavour) + ": " + topic + " -> " + ReplicaTables.of(topic, flavour) + ". "
                + "The sink logs in as " + ReplicaWriter.USER + ", which creates those tables (schema.evolution=basic) and so "
                + "owns them: " + (sql != null ? "the grants below are all it needs" : "it needs only the right to create tables there")
                + " to create, alter" + (truncates ? ", truncate" : "") + " and write them. "
                + ReplicaWriter.precreated(flavour, truncates);
    }

    /**
     * What the losing tasks' trace says, in the replica database's own words (the rehearsal met MariaDB's): the text
     * an operator searches for. PostgreSQL 42701, MySQL/MariaDB 1060, SQL Server 2705, Oracle ORA-01430.
     */
    static String duplicateColumnError(String flavour) {
        return switch (flavour) {
            case "MySQL" -> "'Duplicate column name ...' (MySQL/MariaDB error 1060)";
            case "SQL Server" -> "'Column name ... in table ... is specified more than once' (error 2705)";
            case "Oracle" -> "'ORA-01430: column being added already exists in table'";
            default -> "'column ... already exists'";
        };
    }

    /** Tables without a primary key whose events reach this sink (MongoDB and Cassandra key every event themselves). */
    private static boolean keylessTables(RuleContext ctx) {
        return ctx.source().has(KeyTrait.MISSING_PRIMARY_KEY) && ctx.engine() != SourceEngine.MONGODB
                && ctx.engine() != SourceEngine.CASSANDRA;
    }

    /**
     * The safe mode for a table that has no unique column set: upsert by record_key would reject its null-keyed events
     * into the DLQ, and delete.enabled needs record_key, so it gets its own connector that appends every change as a
     * row keyed by its Kafka coordinates (redelivery overwrites the same row) with deletes kept as flagged rows.
     */
    private static void appendOnlyMode(DecisionBuilder d, RuleContext ctx, String name) {
        d.warn("Tables without a primary key reach this sink with the key message.key.columns gives them (see the source "
                        + "settings): until those placeholders name unique columns their events have a null key, which upsert by "
                        + "record_key rejects into the DLQ. A table with no unique column set cannot be mirrored row for row: leave "
                        + "its topic out of this connector's topics.regex and give it the append-only connector below.")
                .snippet("properties", "append-only connector for tables without unique columns (every change a row keyed by "
                                + "topic, partition and offset; deletes kept as rows with __deleted=true)",
                        "name=" + name + "-append-only\n"
                                + "connector.class=io.debezium.connector.jdbc.JdbcSinkConnector\n"
                                + "topics=<topics of the tables without unique columns>\n"
                                + "connection.url=jdbc:<replica url>\n"
                                + "insert.mode=upsert\n"
                                + "primary.key.mode=kafka\n"
                                + "delete.enabled=false\n"
                                + "schema.evolution=basic\n"
                                + "transforms=unwrap\n"
                                + "transforms.unwrap.type=" + Flattening.smtClass(ctx) + "\n"
                                + "transforms.unwrap.delete.tombstone.handling.mode=rewrite\n"
                                + "errors.tolerance=all\n"
                                + "errors.deadletterqueue.topic.name=" + ctx.naming().dlqTopic(ctx.target(TargetKind.RELATIONAL_REPLICA)))
                .ref(Flattening.reference(ctx));
    }
}
