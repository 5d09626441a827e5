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
        DecisionBuilder d = ctx.decision("sink.clickhouse", "ClickHouse: ReplacingMergeTree by key, versioned by offset")
                .statement("Insert flattened rows into ReplacingMergeTree tables ordered by the primary key with the Kafka offset as "
                        + "version; read current state with FINAL (or argMax views) and filter __deleted rows.")
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
                .snippet("sql", "landing table per captured table",
                        "CREATE TABLE cdc.orders (order_id UInt64, line_no UInt32, /* columns */ __deleted String, _offset UInt64)\n"
                                + "ENGINE = ReplacingMergeTree(_offset) ORDER BY (order_id, line_no);")
                .ref(Refs.CLICKHOUSE_SINK, Refs.CLICKHOUSE_REPLACING)
                .build();
    }
}
