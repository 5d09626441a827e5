package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.CONSUMER;
import static dev.cdcarchitect.domain.ConfigScope.SINK_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.SinkKnowledge;

/** Table formats: Iceberg through its Kafka Connect sink; Delta Lake/Databricks through a streaming job. */
public final class LakehouseSink implements SinkKnowledge {

    private final TargetKind kind;

    public LakehouseSink(TargetKind kind) {
        this.kind = kind;
    }

    @Override public TargetKind kind() { return kind; }

    @Override public double eventsPerSecondPerTask() { return 10_000; }

    @Override public boolean runsOnConnect() { return kind == TargetKind.ICEBERG; }

    @Override public String ddlHandling() {
        return kind == TargetKind.ICEBERG
                ? "Iceberg: iceberg.tables.evolve-schema-enabled adds columns and widens types in table metadata (no rewrite); "
                        + "dropped columns remain; renames are metadata-only in Iceberg but arrive from CDC as drop + add, so map them by hand."
                : kind.displayName() + ": enable schema evolution on the MERGE/APPLY CHANGES target (mergeSchema) for added columns; "
                        + "renames and type changes need column mapping mode and a coordinated change of the pipeline.";
    }

    @Override public String truncateHandling() {
        return kind == TargetKind.ICEBERG
                ? "the ExtractNewRecordState SMT in front of it drops truncate events, so the sink never sees them: run "
                        + "DELETE FROM (or TRUNCATE TABLE) on the Iceberg table by hand and expire the older snapshots within your "
                        + "retention rules."
                : "the pipeline reads the raw event: add APPLY AS TRUNCATE WHEN op = 't' to APPLY CHANGES (SCD type 1 targets "
                        + "only); an SCD type 2 target must be cleared by hand.";
    }

    @Override public Rule rule() {
        return Rule.when("sink." + kind.slug(), SpecSection.TOPOLOGY, ctx -> ctx.targets(kind), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        return kind == TargetKind.ICEBERG ? iceberg(ctx) : delta(ctx);
    }

    private Decision iceberg(RuleContext ctx) {
        Target target = ctx.target(kind);
        String name = ctx.naming().sinkConnector(target);
        long objective = ctx.sinkFreshnessMillis(TargetKind.ICEBERG);
        long commitMillis = objective > 0 ? SinkFreshness.commitMillis(objective) : 300_000;
        DecisionBuilder d = ctx.decision("sink.iceberg", "Iceberg: exactly-once changelog commits, merge-on-read current state")
                .statement("Land changes with the Apache Iceberg sink (commits coordinated through its control topic every "
                        + Units.millis(commitMillis) + (objective > 0 ? ", half the " + Units.millis(objective) + " freshness objective" : "")
                        + "), "
                        + "then maintain current-state tables with a scheduled MERGE INTO keyed by primary key and ordered by source "
                        + "position, using merge-on-read deletes; compact data files and expire snapshots on a schedule.")
                .because("The Iceberg sink commits data files and Kafka offsets together, so a crash replays without duplicates. "
                        + "Merge-on-read keeps frequent updates cheap (delete files instead of rewrites); compaction keeps reads fast and "
                        + "snapshot expiry is what makes GDPR deletes physical.");
        SinkSettings.common(d, ctx, target, "org.apache.iceberg.connect.IcebergSinkConnector");
        SinkSettings.unwrap(d, ctx, target, "rewrite");
        return d.set(SINK_CONNECTOR, name, "iceberg.tables.auto-create-enabled", "true")
                .set(SINK_CONNECTOR, name, "iceberg.tables.evolve-schema-enabled", "true")
                .set(SINK_CONNECTOR, name, "iceberg.tables.dynamic-enabled", "true")
                .set(SINK_CONNECTOR, name, "iceberg.tables.route-field", "__" + Flattening.originField(ctx))
                .set(SINK_CONNECTOR, name, "iceberg.control.commit.interval-ms", String.valueOf(commitMillis))
                .set(SINK_CONNECTOR, name, "iceberg.catalog.type", "rest")
                .set(SINK_CONNECTOR, name, "iceberg.catalog.uri", "<catalog uri>")
                .snippet("sql", "table properties and maintenance (Spark SQL)",
                        "ALTER TABLE lake.orders SET TBLPROPERTIES ('write.delete.mode'='merge-on-read',\n"
                                + "  'write.update.mode'='merge-on-read', 'write.merge.mode'='merge-on-read');\n"
                                + "CALL lake.system.rewrite_data_files(table => 'orders');\n"
                                + "CALL lake.system.expire_snapshots(table => 'orders', older_than => current_timestamp() - INTERVAL 7 DAYS);")
                .ref(Refs.ICEBERG_CONNECT)
                .build();
    }

    private Decision delta(RuleContext ctx) {
        String job = "app-" + kind.slug() + "-apply-changes";
        return ctx.decision("sink." + kind.slug(), kind.displayName() + ": streaming APPLY CHANGES keyed and sequenced")
                .statement("Read the topics with a Databricks Structured Streaming / Lakeflow (DLT) pipeline and apply them with "
                        + "APPLY CHANGES INTO (KEYS = primary key, SEQUENCE BY the source position, APPLY AS DELETE WHEN op = 'd'), "
                        + "checkpointed so offsets and table commits advance together.")
                .because("APPLY CHANGES handles out-of-order and duplicate events by the sequence column, which is what turns "
                        + "at-least-once delivery into an exact current state; the checkpoint, not a consumer group, owns the offsets.")
                .set(CONSUMER, job, "kafka.bootstrap.servers", "<bootstrap servers>")
                .set(CONSUMER, job, "subscribePattern", ctx.naming().dataTopicPattern())
                .set(CONSUMER, job, "startingOffsets", "earliest")
                .set(CONSUMER, job, "maxOffsetsPerTrigger", String.valueOf((long) Math.max(100_000, ctx.sizing().eventsPerSecond() * 60)))
                .set(CONSUMER, job, "failOnDataLoss", "true")
                .set(CONSUMER, job, "kafka.isolation.level", ctx.exactlyOnce() ? "read_committed" : "read_uncommitted")
                .snippet("sql", "Lakeflow declarative pipeline (SQL)",
                        "APPLY CHANGES INTO live.orders\n"
                                + "FROM STREAM(live.orders_changes)\n"
                                + "KEYS (order_id, line_no)\n"
                                + "APPLY AS DELETE WHEN op = 'd'\n"
                                + "SEQUENCE BY source_position\n"
                                + "STORED AS SCD TYPE 1;")
                .ref(Refs.DATABRICKS_APPLY_CHANGES, Refs.DATABRICKS_KAFKA, Refs.DELTA_MERGE)
                .warn("This path has no Kafka Connect DLQ: route rows that fail parsing to a quarantine table in the pipeline "
                        + "(expectations), and alert on it.")
                .build();
    }
}
