package dev.cdcarchitect.rules.sink;

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

/** Plain object storage: an immutable, exactly-once changelog in Parquet. */
public final class ObjectStoreSink implements SinkKnowledge {

    @Override public TargetKind kind() { return TargetKind.S3; }

    @Override public double eventsPerSecondPerTask() { return 20_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return "S3: each schema version is written to new files (schema.compatibility=BACKWARD lets the connector project older "
                + "records); readers handle mixed schemas per file, and renames or type changes need a query-layer mapping.";
    }

    @Override public String truncateHandling() {
        return "the full envelope is written as is, so the truncate record (op t) lands in the changelog files: every reader that "
                + "builds current state must drop the table's earlier rows when it reaches that record.";
    }

    @Override public Rule rule() {
        return Rule.when("sink.s3", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.S3), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(TargetKind.S3);
        String name = ctx.naming().sinkConnector(target);
        long objective = ctx.sinkFreshnessMillis(TargetKind.S3);
        DecisionBuilder d = ctx.decision("sink.s3", "Object storage: changelog files, exactly once")
                .statement("Write the full Debezium envelope (before, after, op, source position) as Parquet, partitioned by event "
                        + "time with the record timestamp and a fixed rotation interval, as the replayable bronze changelog.")
                .because("With a deterministic partitioner, timestamp.extractor=Record and rotate.interval.ms, the S3 sink names files "
                        + "from offsets and rewrites the same files after a crash, which makes its output exactly-once.");
        SinkSettings.common(d, ctx, target, "io.confluent.connect.s3.S3SinkConnector");
        d.set(SINK_CONNECTOR, name, "s3.bucket.name", "<bucket>")
                .set(SINK_CONNECTOR, name, "s3.region", "<region>")
                .set(SINK_CONNECTOR, name, "storage.class", "io.confluent.connect.s3.storage.S3Storage")
                .set(SINK_CONNECTOR, name, "format.class", "io.confluent.connect.s3.format.parquet.ParquetFormat")
                .set(SINK_CONNECTOR, name, "partitioner.class", "io.confluent.connect.storage.partitioner.TimeBasedPartitioner")
                .set(SINK_CONNECTOR, name, "path.format", "'dt'=YYYY-MM-dd/'hour'=HH")
                .set(SINK_CONNECTOR, name, "partition.duration.ms", "3600000")
                .set(SINK_CONNECTOR, name, "locale", "en-US")
                .set(SINK_CONNECTOR, name, "timezone", "UTC")
                .set(SINK_CONNECTOR, name, "timestamp.extractor", "Record")
                .set(SINK_CONNECTOR, name, "flush.size", "100000")
                .set(SINK_CONNECTOR, name, "rotate.interval.ms", objective > 0 ? String.valueOf(SinkFreshness.commitMillis(objective)) : "600000")
                .set(SINK_CONNECTOR, name, "schema.compatibility", "BACKWARD")
                // The delete itself is an envelope with op=d; the tombstone after it carries nothing, and the default (fail)
                // stops the task on the first one.
                .set(SINK_CONNECTOR, name, "behavior.on.null.values", "ignore")
                .ref(Refs.S3_SINK);
        if (objective > 0) {
            d.warn("rotate.interval.ms is half the " + Units.millis(objective) + " freshness objective, but it closes a file only when "
                    + "a record with a later timestamp arrives: a quiet partition can hold its last changes past the objective. "
                    + "rotate.schedule.interval.ms would close files on the worker's clock, but then file boundaries depend on timing "
                    + "and a replay no longer rewrites the same files, which is what makes this sink exactly-once.");
        }
        return d.build();
    }
}
