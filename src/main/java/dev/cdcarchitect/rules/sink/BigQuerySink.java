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
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SinkKnowledge;

/** BigQuery: upsert/delete mode of the BigQuery sink (MERGE from an intermediate table). */
public final class BigQuerySink implements SinkKnowledge {

    @Override public TargetKind kind() { return TargetKind.BIGQUERY; }

    @Override public double eventsPerSecondPerTask() { return 5_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return "BigQuery: allowNewBigQueryFields adds nullable columns; dropped columns stay (NULL from then on); renames and "
                + "type changes need a new column or table and a backfill.";
    }

    @Override public String truncateHandling() {
        return "the ExtractNewRecordState SMT in front of it drops truncate events, so the sink never sees them: " + "run TRUNCATE TABLE on the BigQuery table by hand, in the same quiet window.";
    }

    @Override public Rule rule() {
        return Rule.when("sink.bigquery", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.BIGQUERY), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(TargetKind.BIGQUERY);
        String name = ctx.naming().sinkConnector(target);
        DecisionBuilder d = ctx.decision("sink.bigquery", "BigQuery: upsert and delete by primary key")
                .statement("Use the BigQuery sink in upsert/delete mode: rows land in an intermediate table and are merged into the "
                        + "destination by the Kafka key every " + mergeEvery(ctx) + ". Where BigQuery's native CDC is preferred (Storage Write API with "
                        + "_CHANGE_TYPE UPSERT/DELETE), the destination needs a PRIMARY KEY NOT ENFORCED and max_staleness set. "
                        + "Topic names are sanitized into table names (sanitizeTopics=true): without it the topic <prefix>.<db>.<table> "
                        + "is used as the table name as is, and a BigQuery table name cannot contain '.'.")
                .because("Both paths apply changes by key, so redelivered events are idempotent; MERGE by key keeps one current row "
                        + "per primary key instead of an ever-growing history.");
        SinkSettings.common(d, ctx, target, "com.wepay.kafka.connect.bigquery.BigQuerySinkConnector");
        SinkSettings.unwrap(d, ctx, target, "tombstone");
        return d.set(SINK_CONNECTOR, name, "project", "<gcp-project>")
                .set(SINK_CONNECTOR, name, "defaultDataset", "cdc")
                .set(SINK_CONNECTOR, name, "keyfile", Secrets.file("bigquery.properties", "keyfile"))
                .set(SINK_CONNECTOR, name, "upsertEnabled", "true")
                .set(SINK_CONNECTOR, name, "deleteEnabled", "true")
                .set(SINK_CONNECTOR, name, "kafkaKeyFieldName", "kafka_key")
                .set(SINK_CONNECTOR, name, "mergeIntervalMs", mergeInterval(ctx))
                .set(SINK_CONNECTOR, name, "allowNewBigQueryFields", "true")
                .set(SINK_CONNECTOR, name, "sanitizeTopics", "true") // default false: the topic, dots included, is the table name
                .ref(Refs.BIGQUERY_SINK, Refs.BIGQUERY_CDC)
                .warn("MERGE costs scanned bytes on every interval: partition and cluster destination tables by the key columns.")
                .build();
    }

    /** Every minute, or half the freshness objective stated for BigQuery. */
    private static String mergeInterval(RuleContext ctx) {
        long objective = ctx.sinkFreshnessMillis(TargetKind.BIGQUERY);
        return String.valueOf(objective > 0 ? SinkFreshness.commitMillis(objective) : 60_000);
    }

    private static String mergeEvery(RuleContext ctx) {
        long objective = ctx.sinkFreshnessMillis(TargetKind.BIGQUERY);
        return objective > 0 ? Units.millis(SinkFreshness.commitMillis(objective)) + " (half the " + Units.millis(objective)
                + " freshness objective)" : "minute";
    }
}
