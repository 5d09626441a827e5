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
import dev.cdcarchitect.rules.sink.LandingTables.Landing;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Snowflake: Snowpipe Streaming into a change table, merged into current state inside Snowflake. */
public final class SnowflakeSink implements SinkKnowledge {

    /**
     * The connector release the settings below are written for: the last 3.x release, 3.5.0 (Snowflake's connector
     * release notes, 2025-12-15). Version 4 (GA 2026-04-20) dropped snowflake.ingestion.method and turns
     * schematization on by default under another connector class; the Kubernetes export builds exactly this version.
     */
    public static final String CONNECTOR_VERSION = "3.5.0";

    @Override public TargetKind kind() { return TargetKind.SNOWFLAKE; }

    @Override public double eventsPerSecondPerTask() { return 5_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return "Snowflake: with snowflake.enable.schematization=true the connector adds new columns to the landing table; dropped "
                + "columns stay and fill with NULL; renames arrive as a new column (backfill and drop by hand); type changes beyond "
                + "widening need a new column and a migration of the MERGE/dynamic table.";
    }

    @Override public String truncateHandling() {
        return "the ExtractNewRecordState SMT in front of it drops truncate events, so the sink never sees them: " + "truncate the change table and the MERGE target in Snowflake by hand, in the same quiet window.";
    }

    @Override public Rule rule() {
        return Rule.when("sink.snowflake", SpecSection.TOPOLOGY, ctx -> ctx.targets(TargetKind.SNOWFLAKE), this::decide);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(TargetKind.SNOWFLAKE);
        String name = ctx.naming().sinkConnector(target);
        long objective = ctx.sinkFreshnessMillis(TargetKind.SNOWFLAKE);
        List<Landing> tables = LandingTables.of(ctx);
        DecisionBuilder d = ctx.decision("sink.snowflake", "Snowflake: Snowpipe Streaming into change tables, then MERGE")
                .statement("Land every change with the Snowflake Kafka connector " + CONNECTOR_VERSION + " (Snowpipe Streaming, schematized columns, op and "
                        + "source position kept) into append-only landing tables, and build current-state tables with a dynamic table "
                        + "or a scheduled MERGE that keeps, per primary key, the event with the highest Kafka offset and applies deletes. "
                        + "snowflake.topic2table.map names each landing table (" + tables.get(0).topic() + " -> RAW.CDC."
                        + LandingTables.upperIdentifier(tables.get(0).topic()) + "); unmapped, a dotted topic lands in a table "
                        + "named after it with a hash code appended."
                        + (objective > 0 ? freshnessSentence(objective) : ""))
                .because("Snowpipe Streaming commits Kafka offsets as channel offset tokens, so restarts do not duplicate rows in the "
                        + "landing table; deduplication by key and order then happens in Snowflake, where it is cheap and replayable.");
        SinkSettings.common(d, ctx, target, "com.snowflake.kafka.connector.SnowflakeSinkConnector");
        SinkSettings.unwrap(d, ctx, target, "rewrite");
        d.warn("Pinned to connector " + CONNECTOR_VERSION + ", the 3.x line these settings are written for. Version 4 (GA April 2026) is "
                + "another connector class that drops snowflake.ingestion.method and defaults snowflake.enable.schematization to true: "
                + "moving to it is a new configuration and an offset migration, not a version bump.");
        d.set(SINK_CONNECTOR, name, "snowflake.ingestion.method", "SNOWPIPE_STREAMING")
                .set(SINK_CONNECTOR, name, "snowflake.enable.schematization", "true")
                .set(SINK_CONNECTOR, name, "snowflake.url.name", "<account>.snowflakecomputing.com:443")
                .set(SINK_CONNECTOR, name, "snowflake.user.name", "KAFKA_CONNECTOR")
                .set(SINK_CONNECTOR, name, "snowflake.private.key", Secrets.file("snowflake.properties", "private.key"))
                .set(SINK_CONNECTOR, name, "snowflake.role.name", "KAFKA_CONNECTOR_ROLE")
                .set(SINK_CONNECTOR, name, "snowflake.database.name", "RAW")
                .set(SINK_CONNECTOR, name, "snowflake.schema.name", "CDC")
                .set(SINK_CONNECTOR, name, "buffer.flush.time", objective > 0 ? String.valueOf(SinkFreshness.flushSeconds(objective)) : "10");
        if (objective > 0) {
            d.set(SINK_CONNECTOR, name, "snowflake.streaming.max.client.lag", String.valueOf(SinkFreshness.flushSeconds(objective)));
        }
        long targetLagMinutes = objective > 0 ? Math.max(1, SinkFreshness.commitMillis(objective) / 60_000) : 1;
        d.set(SINK_CONNECTOR, name, "buffer.count.records", "10000")
                .set(SINK_CONNECTOR, name, "buffer.size.bytes", "20000000")
                .set(SINK_CONNECTOR, name, "snowflake.topic2table.map", tableMap(tables))
                .snippet("sql", "current state from the landing table (one per captured table)", dynamicTable(tables.get(0), targetLagMinutes))
                .ref(Refs.SNOWFLAKE_KAFKA, Refs.SNOWFLAKE_STREAMING, Refs.SNOWFLAKE_DYNAMIC_TABLES)
                .warn("Order within a key is the Kafka offset within its partition; that holds only while the partition count is "
                        + "unchanged. Never add partitions to a data topic that feeds this MERGE.");
        if (objective > 0) freshness(d, objective, targetLagMinutes);
        return d.build();
    }

    /**
     * "topic:TABLE,..." (Utils.parseTopicToTableMap in 3.5): without it the connector lands a dotted topic in a table
     * named after it plus a hash code (Utils.generateValidName), which no SQL written beforehand can name.
     */
    private static String tableMap(List<Landing> tables) {
        StringJoiner map = new StringJoiner(",");
        for (Landing t : tables) map.add(t.topic() + ":" + LandingTables.upperIdentifier(t.topic()));
        return map.toString();
    }

    /** The current state of one landing table: per key, the event with the highest offset, unless it is a delete. */
    private static String dynamicTable(Landing t, long targetLagMinutes) {
        String key = String.join(", ", t.key()).toUpperCase(Locale.ROOT);
        return "CREATE OR REPLACE DYNAMIC TABLE ANALYTICS." + t.table().toUpperCase(Locale.ROOT) + " TARGET_LAG = '" + targetLagMinutes
                + (targetLagMinutes == 1 ? " minute" : " minutes") + "' WAREHOUSE = CDC_WH AS\n"
                + "SELECT * FROM (\n"
                + "  SELECT * FROM RAW.CDC." + LandingTables.upperIdentifier(t.topic()) + "\n"
                + "  QUALIFY ROW_NUMBER() OVER (PARTITION BY " + key + " -- the primary key\n"
                + "                             ORDER BY RECORD_METADATA:offset::NUMBER DESC) = 1)\n"
                + "WHERE __DELETED = 'false'; -- the latest event decides; deletes hide the row";
    }

    private static String freshnessSentence(long objective) {
        return " For the " + Units.millis(objective) + " freshness objective, the connector buffer (buffer.flush.time) and the "
                + "ingest client (snowflake.streaming.max.client.lag) each flush every " + SinkFreshness.flushSeconds(objective)
                + " s, a tenth of it (buffer.count.records and buffer.size.bytes can only flush sooner), and the dynamic table's "
                + "target lag takes at most half of it in whole minutes; the rest is left for consumer lag and the refresh itself.";
    }

    private static void freshness(DecisionBuilder d, long objective, long targetLagMinutes) {
        d.ref(Refs.SNOWFLAKE_TARGET_LAG)
                .warnIf(2 * SinkFreshness.flushSeconds(objective) * 1000 + targetLagMinutes * 60_000 > objective,
                        "A freshness objective of " + Units.millis(objective) + " is tighter than ingestion plus the dynamic table's "
                                + "minimum target lag of 60 s: read the landing table with the QUALIFY query directly, or relax the objective.");
    }
}
