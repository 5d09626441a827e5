package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.SINK_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SinkKnowledge;
import dev.cdcarchitect.rules.sink.LandingTables.Landing;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** ClickHouse: ReplacingMergeTree versioned by source order, connector in exactly-once mode. */
public final class ClickHouseSink implements SinkKnowledge {

    @Override public TargetKind kind() { return TargetKind.CLICKHOUSE; }

    @Override public double eventsPerSecondPerTask() { return 20_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return "ClickHouse: tables are created by hand; add columns with ALTER TABLE ... ADD COLUMN before the source emits them, "
                + "and keep dropped columns nullable until the source stops sending them.";
    }

    @Override public String truncateHandling() {
        return "the ExtractNewRecordState SMT in front of it drops truncate events, so the sink never sees them: " + "run TRUNCATE TABLE on the ClickHouse table by hand, in the same quiet window.";
    }

    @Override public Rule rule() {
        return Rule.when("sink.clickhouse", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.CLICKHOUSE), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(TargetKind.CLICKHOUSE);
        String name = ctx.naming().sinkConnector(target);
        List<Landing> tables = LandingTables.of(ctx);
        DecisionBuilder d = ctx.decision("sink.clickhouse", "ClickHouse: ReplacingMergeTree by key, versioned by offset")
                .statement("Insert flattened rows into ReplacingMergeTree tables ordered by the primary key with the Kafka offset as "
                        + "version; read current state with FINAL (or argMax views) and filter __deleted rows. topic2TableMap names "
                        + "each topic's table (" + tables.get(0).topic() + " -> cdc." + tableName(tables, tables.get(0)) + "): without it the "
                        + "connector looks for a table named after the topic and fails with \"Table ... does not exist\".")
                .because("ClickHouse has no in-place update; ReplacingMergeTree keeps the highest version per key at merge time, so "
                        + "duplicates and updates collapse. exactlyOnce=true makes the connector deduplicate whole batches on retry.");
        SinkSettings.common(d, ctx, target, "com.clickhouse.kafka.connect.ClickHouseSinkConnector");
        SinkSettings.unwrap(d, ctx, target, "rewrite", "unwrap,offset");
        d.set(SINK_CONNECTOR, name, "transforms.offset.type", "org.apache.kafka.connect.transforms.InsertField$Value")
                .set(SINK_CONNECTOR, name, "transforms.offset.offset.field", "_offset");
        return d.set(SINK_CONNECTOR, name, "hostname", "<clickhouse host>")
                .set(SINK_CONNECTOR, name, "port", "8443")
                .set(SINK_CONNECTOR, name, "ssl", "true")
                .set(SINK_CONNECTOR, name, "database", "cdc")
                .set(SINK_CONNECTOR, name, "username", "kafka_connect")
                .set(SINK_CONNECTOR, name, "password", Secrets.file("clickhouse.properties", "password"))
                .set(SINK_CONNECTOR, name, "exactlyOnce", "true")
                .set(SINK_CONNECTOR, name, "topic2TableMap", tableMap(tables))
                .snippet("sql", "landing table per captured table", ddl(tables))
                .ref(Refs.CLICKHOUSE_SINK, Refs.CLICKHOUSE_REPLACING)
                .build();
    }

    /** The connector's "topic=table,..." list (ClickHouseSinkConfig topic2TableMap); tables live in the database setting. */
    private static String tableMap(List<Landing> tables) {
        StringJoiner map = new StringJoiner(",");
        for (Landing t : tables) map.add(t.topic() + "=" + tableName(tables, t));
        return map.toString();
    }

    /** The bare table name in lower case, or schema_table where two captured tables share a bare name. */
    private static String tableName(List<Landing> tables, Landing t) {
        boolean shared = tables.stream().filter(o -> o.table().equalsIgnoreCase(t.table())).count() > 1;
        String topicTail = t.topic().substring(t.topic().indexOf('.') + 1);
        return (shared ? topicTail.replaceAll("[^A-Za-z0-9_]", "_") : t.table()).toLowerCase(Locale.ROOT);
    }

    private static String ddl(List<Landing> tables) {
        StringJoiner sql = new StringJoiner("\n");
        for (Landing t : tables) {
            List<String> key = t.key();
            boolean known = !key.get(0).startsWith("<");
            String keyColumns = !known ? "/* columns, primary key first */"
                    : key.equals(List.of("_id")) ? "_id String, /* fields */"
                    : key.get(0) + " UInt64, " + key.get(1) + " UInt32, /* columns */";
            sql.add("CREATE TABLE cdc." + tableName(tables, t) + " (" + keyColumns + " __deleted String, _offset UInt64)\n"
                    + "ENGINE = ReplacingMergeTree(_offset) ORDER BY (" + String.join(", ", key) + ");");
        }
        return sql.toString();
    }
}
