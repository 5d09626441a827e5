package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.sizing.SnapshotPlan;
import dev.cdcarchitect.rules.source.CaptureScope;
import dev.cdcarchitect.rules.source.SignalTable;
import java.util.List;

/** How existing data reaches the targets, chosen from the estimated snapshot duration. */
public final class SnapshotRules {

    public static final List<Rule> ALL = List.of(
            Rule.always("snapshot.strategy", LOG_AND_SNAPSHOT, SnapshotRules::strategy),
            Rule.when("snapshot.signals", LOG_AND_SNAPSHOT, ctx -> ctx.engine() != SourceEngine.CASSANDRA, SnapshotRules::signals));

    private SnapshotRules() {}

    /** True when the design enables the Kafka signal channel, whose consumer the connector opens itself (never without Kafka). */
    public static boolean kafkaSignalChannel(RuleContext ctx) {
        return ctx.engine() != SourceEngine.CASSANDRA && !ctx.noKafka();
    }

    private static Decision strategy(RuleContext ctx) {
        double blockingHours = ctx.sizing().snapshotHours();
        double incrementalHours = SnapshotPlan.incrementalHours(ctx.source(), ctx.knowledge(), blockingHours);
        String volume = Units.bytes(ctx.source().volumeBytes());
        SnapshotPlan.Approach approach = SnapshotPlan.approach(blockingHours, incrementalHours);
        // A blocking snapshot reads tables in parallel; an incremental one reads one chunk at a time, so each has its own duration.
        boolean chunked = approach != SnapshotPlan.Approach.INITIAL_BLOCKING && ctx.knowledge().runsOnKafkaConnect();
        String duration = Units.hours(chunked ? incrementalHours : blockingHours);
        String chunk = Units.grouped(SnapshotPlan.INCREMENTAL_CHUNK_ROWS);
        // Without Kafka the bulk of a snapshot goes through the native destination instead of the brokers.
        String through = ctx.noKafka() ? ctx.destination().label() : "Kafka";
        String carriers = ctx.noKafka() ? through + " and every consumer" : "the brokers and every sink";
        DecisionBuilder d = ctx.decision("snapshot.strategy", "Snapshot strategy for " + volume)
                .ref(Refs.DBZ_SIGNALLING, ctx.knowledge().reference());
        switch (approach) {
            case INITIAL_BLOCKING -> d.statement("Take an initial consistent snapshot (snapshot.mode=initial, "
                            + SnapshotPlan.SNAPSHOT_THREADS + " snapshot threads), "
                            + "about " + duration + " for " + volume + ", then stream from the position the snapshot recorded.")
                    .because("At this size the snapshot finishes within a maintenance window and the " + ctx.engine().logName()
                            + " retained meanwhile stays small; it is the simplest consistent start.")
                    .source("snapshot.mode", "initial")
                    .source("snapshot.max.threads", String.valueOf(SnapshotPlan.SNAPSHOT_THREADS));
            case INCREMENTAL -> d.statement("Start streaming at once (snapshot.mode=no_data) and backfill with incremental snapshots "
                            + "in chunks of " + chunk + " rows, table by table, beside live streaming: about " + duration + " for " + volume + ".")
                    .because("A blocking snapshot of " + Units.hours(blockingHours) + " would hold the " + ctx.engine().logName() + " (and any lock it "
                            + "needs) the whole time. Incremental snapshots interleave chunks with streaming, can be paused, resumed and "
                            + "re-run per table, and resolve conflicts with live changes by key.")
                    .source("snapshot.mode", "no_data")
                    .source("incremental.snapshot.chunk.size", String.valueOf(SnapshotPlan.INCREMENTAL_CHUNK_ROWS));
            default -> d.statement("Do not snapshot " + volume + " through the connector (about " + duration + "). Create the "
                            + "replication position first, seed each target in bulk from a consistent export taken at that position "
                            + "(e.g. a snapshot restored and unloaded to Parquet), then start the connector with snapshot.mode=no_data "
                            + "from that position; use incremental snapshots only to repair individual tables.")
                    .because("At " + volume + " a snapshot through " + through + " would take " + Units.hours(blockingHours)
                            + (chunked ? " blocking or " + duration + " incremental" : "") + ", keep the log pinned and push "
                            + "the full volume through " + carriers + ". Bulk loaders (COPY INTO, bulk indexing, load jobs) are "
                            + "an order of magnitude faster; sinks upsert by key, so replaying changes from the export position onward "
                            + "converges.")
                    .source("snapshot.mode", "no_data")
                    .source("incremental.snapshot.chunk.size", String.valueOf(SnapshotPlan.INCREMENTAL_CHUNK_ROWS))
                    .warn("The export must be consistent with the replication position: take it from a snapshot that exactly "
                            + "matches the slot's / binlog's / SCN's start, or changes between them are lost.");
        }
        d.warnIf(!ctx.knowledge().runsOnKafkaConnect(), "The Cassandra agent has no incremental snapshots or signals: it "
                + "snapshots each CDC-enabled table once at first start. Seed large tables from an SSTable export (e.g. with Spark) "
                + "and start the agents afterwards; sinks converge by key and writetime.");
        String rate = !chunked
                ? Units.grouped(ctx.knowledge().snapshotMegabytesPerSecond()) + " MB/s sustained read"
                : Units.decimal(SnapshotPlan.incrementalMegabytesPerSecond(ctx.source().averageRowBytes())) + " MB/s (" + chunk
                        + "-row chunks at " + SnapshotPlan.SECONDS_PER_CHUNK + " s each)";
        return d.warn("Estimate: " + duration + " at " + rate + ". Measure the real rate on a copy before committing to a go-live date.").build();
    }

    private static Decision signals(RuleContext ctx) {
        if (ctx.noKafka()) return sourceSignals(ctx);
        String table = signalTable(ctx);
        return ctx.decision("snapshot.signals", "Signal channels for ad-hoc and incremental snapshots")
                .statement("Enable the source signal table " + table + " and the Kafka signal topic " + ctx.naming().signalTopic()
                        + " so operators can start, pause and stop incremental snapshots without restarting the connector.")
                .because("Re-snapshotting one table after a sink loss or a new table in the include list is routine; signals make it "
                        + "a message instead of a redeploy. The source table signal is ordered with the data, so a snapshot window "
                        + "is exact. Each incremental chunk is one primary-key range query, which keeps source load low; a "
                        + "\"blocking\" snapshot signal exists for small tables that must be re-read in one consistent pass while "
                        + "streaming pauses.")
                .source("signal.enabled.channels", "source,kafka")
                .source("signal.data.collection", table)
                .source("signal.kafka.topic", ctx.naming().signalTopic())
                .source("signal.kafka.bootstrap.servers", "<bootstrap servers>")
                .snippet(signalLanguage(ctx), "start an incremental snapshot of one table", signalInsert(ctx))
                .ref(Refs.DBZ_SIGNALLING)
                .build();
    }

    /** The signal table lives beside the captured tables: the first named schema/database, else the placeholder. */
    private static String signalTable(RuleContext ctx) {
        return switch (ctx.engine()) {
            case ORACLE, SQLSERVER, DB2 -> SignalTable.collection(ctx); // created by their setup SQL, named as Debezium parses it
            default -> CaptureScope.of(ctx).namespace() + ".debezium_signal";
        };
    }

    /** Without Kafka only the source channel (a signal table) exists; it is ordered with the data, which is what matters. */
    private static Decision sourceSignals(RuleContext ctx) {
        String table = signalTable(ctx);
        return ctx.decision("snapshot.signals", "A signal table for ad-hoc and incremental snapshots")
                .statement("Enable the source signal table " + table + " (signal.enabled.channels=source) so operators can start, "
                        + "pause and stop incremental snapshots without restarting the server.")
                .because("Re-snapshotting one table after a target loss or a new table in the include list is routine; a signal "
                        + "row makes it an INSERT instead of a redeploy. The signal table is ordered with the data, so a snapshot "
                        + "window is exact. Each incremental chunk is one primary-key range query, which keeps source load low.")
                .source("signal.enabled.channels", "source")
                .source("signal.data.collection", table)
                .snippet(signalLanguage(ctx), "start an incremental snapshot of one table", signalInsert(ctx))
                .ref(Refs.DBZ_SIGNALLING, Refs.DBZ_SERVER)
                .build();
    }

    private static String signalLanguage(RuleContext ctx) {
        return ctx.engine() == SourceEngine.MONGODB ? "javascript" : "sql";
    }

    /**
     * An INSERT starting an incremental snapshot; Oracle SQL names the table without the PDB its collection name carries.
     * MongoDB's signal is a document with three fields in the order id, type, data, which is how its connector reads them
     * (MongoDbConnectorConfig.parseSignallingMessage in 3.6.1; docs: proc-triggering-an-incremental-snapshot-nosql).
     */
    private static String signalInsert(RuleContext ctx) {
        if (ctx.engine() == SourceEngine.MONGODB) {
            String table = signalTable(ctx);
            return "db.getSiblingDB('" + CaptureScope.schemaOf(table) + "')." + CaptureScope.tableOf(table)
                    + ".insertOne({ _id: 'resnap-orders-1', type: 'execute-snapshot',\n"
                    + "  data: { 'data-collections': ['" + exampleCollection(ctx) + "'], type: 'incremental' } });";
        }
        String into = ctx.engine() == SourceEngine.ORACLE ? SignalTable.local(ctx) : signalTable(ctx);
        return "INSERT INTO " + into + " (id, type, data) VALUES ('resnap-orders-1', 'execute-snapshot',\n"
                + "  '{\"data-collections\": [\"" + exampleCollection(ctx) + "\"], \"type\": \"incremental\"}');";
    }

    private static String exampleCollection(RuleContext ctx) {
        List<String> named = CaptureScope.of(ctx).tables(ObjectRole.CAPTURED);
        if (!named.isEmpty()) return SignalTable.qualified(ctx, named.get(0));
        String topic = ctx.naming().exampleDataTopic(ctx.engine());
        String table = topic.substring(topic.indexOf('.') + 1);
        // Oracle's topics leave out the PDB (prefix.schema.table); a signal's data-collections name it
        return ctx.engine() == SourceEngine.ORACLE ? SignalTable.qualified(ctx, table) : table;
    }
}
