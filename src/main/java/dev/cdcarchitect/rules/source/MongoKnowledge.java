package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.List;

/** MongoDB through change streams on a replica set or sharded cluster. */
public final class MongoKnowledge implements SourceKnowledge {

    @Override public SourceEngine engine() { return SourceEngine.MONGODB; }

    @Override public String connectorClass() { return "io.debezium.connector.mongodb.MongoDbConnector"; }

    @Override public Reference reference() { return Refs.DBZ_MONGODB; }

    @Override public boolean singleTask() { return true; }

    @Override public boolean usesSchemaHistory() { return false; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 2; } // full document + pre-image

    @Override public double snapshotMegabytesPerSecond() { return 50; }

    @Override public String positionField() { return ""; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        boolean sharded = ctx.source().has(HaTrait.SHARDED);
        String uri = ctx.source().hosting() == Hosting.MONGODB_ATLAS ? "mongodb+srv://<cluster>.mongodb.net/?tls=true"
                : sharded ? "mongodb://<mongos1>,<mongos2>/?tls=true" : "mongodb://<rs-member1>,<rs-member2>,<rs-member3>/?replicaSet=rs0&tls=true";
        return CaptureScope.of(ctx).withoutReplaced(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "mongodb.connection.string", uri),
                new ConfigEntry(SOURCE_CONNECTOR, c, "mongodb.user", "debezium"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "mongodb.password", Secrets.of(ctx, "mongodb.properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "collection.include.list", "shop\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "capture.mode", "change_streams_update_full_with_pre_image")));
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.always("mongodb.deployment", ENGINE, this::deployment),
                Rule.always("mongodb.change-streams", LOG_AND_SNAPSHOT, this::changeStreams),
                Rule.always("mongodb.oplog-window", LOG_AND_SNAPSHOT, this::oplogWindow),
                Rule.always("mongodb.large-documents", LOG_AND_SNAPSHOT, this::largeDocuments));
    }

    /**
     * The connector's capture.scope defaults to deployment, which needs read on every database (Debezium 3.6.1,
     * mongodb.adoc "Database read permissions"): one captured database gets database scope and read on it alone;
     * several keep the deployment scope, with readAnyDatabase (which also grants the cluster-wide listDatabases).
     */
    private Decision deployment(RuleContext ctx) {
        List<String> databases = CaptureScope.of(ctx).namespaces();
        boolean one = databases.size() == 1;
        // the signal collection of snapshot.signals, beside the captured data (with database scope it must be in capture.target)
        String signalDb = databases.get(0);
        String roles = one ? "{ role: 'read', db: '" + databases.get(0) + "' }, " : "{ role: 'readAnyDatabase', db: 'admin' }, ";
        DecisionBuilder d = ctx.decision("mongodb.deployment", one ? "Replica set or cluster, read on one database"
                        : "Replica set or cluster, read on every database")
                .statement("Capture from a replica set or a sharded cluster (through mongos); a standalone server has no oplog and "
                        + "cannot be captured. " + (one
                                ? "Open the change stream on the captured database only (capture.scope=database, capture.target="
                                        + databases.get(0) + "); the connector user needs read on it and on local/config."
                                : "Several databases are captured, so the change stream watches the whole deployment "
                                        + "(capture.scope=deployment); the connector user needs readAnyDatabase and read on local/config.")
                        + " It may also insert and remove documents in " + signalDb + ".debezium_signal.")
                .because("Change streams are built on the oplog, which only replica-set members keep. The connector's default "
                        + "scope, deployment, watches every database and needs read on all of them"
                        + (one ? "; a database scope keeps the user's rights to what is captured." : ".")
                        + " Incremental snapshots write their window marks into the signal collection (insert, and remove with the "
                        + "default window closer), so the user may write that one collection.")
                .source("capture.scope", one ? "database" : "deployment");
        if (one) d.source("capture.target", databases.get(0)); // the signal collection must live in this database too
        return d.snippet("javascript", "mongosh, as an administrator",
                        "db.getSiblingDB('admin').createRole({ role: 'debeziumSignals', roles: [],\n"
                                + "  privileges: [ { resource: { db: '" + signalDb + "', collection: 'debezium_signal' }, actions: [ 'insert', 'remove' ] } ] });\n"
                                + "db.getSiblingDB('admin').createUser({ user: 'debezium', pwd: passwordPrompt(),\n"
                                + "  roles: [ " + roles + "{ role: 'read', db: 'local' }, { role: 'read', db: 'config' }, "
                                + "{ role: 'debeziumSignals', db: 'admin' } ] });")
                .ref(Refs.DBZ_MONGODB, Refs.MONGODB_CHANGE_STREAMS, Refs.MONGODB_BUILT_IN_ROLES, Refs.MONGODB_USER_DEFINED_ROLES)
                .build();
    }

    private Decision changeStreams(RuleContext ctx) {
        return ctx.decision("mongodb.change-streams", "Change streams with full documents and pre-images")
                .statement("Use capture.mode=change_streams_update_full_with_pre_image and enable changeStreamPreAndPostImages on "
                        + "each captured collection (MongoDB 6.0+).")
                .because("By default an update event carries only the changed fields; full documents let sinks upsert whole "
                        + "documents, and pre-images give the before state for deletes and audits.")
                .snippet("javascript", "per collection", preImagesJs(ctx))
                .ref(Refs.DBZ_MONGODB, Refs.MONGODB_CHANGE_STREAMS)
                .warn("The full document is looked up when the event is read, not when the change happened: under rapid updates it "
                        + "can reflect a later state. Ordering per _id still converges.")
                .build();
    }

    /** Pre- and post-images on each named collection (the example orders when none was named). */
    private static String preImagesJs(RuleContext ctx) {
        List<String> named = CaptureScope.of(ctx).tables(ObjectRole.CAPTURED);
        if (named.isEmpty()) return "db.runCommand({ collMod: 'orders', changeStreamPreAndPostImages: { enabled: true } });";
        StringBuilder js = new StringBuilder();
        for (String collection : named) {
            if (js.length() > 0) js.append('\n');
            js.append("db.getSiblingDB('").append(CaptureScope.schemaOf(collection)).append("').runCommand({ collMod: '")
                    .append(CaptureScope.tableOf(collection)).append("', changeStreamPreAndPostImages: { enabled: true } });");
        }
        return js.toString();
    }

    private Decision oplogWindow(RuleContext ctx) {
        String shortfall = LogRetention.shortfall(ctx, "oplog window", "Resize the oplog (replSetResizeOplog) and set minRetentionHours: 72.");
        return ctx.decision("mongodb.oplog-window", "Oplog window longer than any connector outage")
                .statement("Size the oplog for at least 72 h of writes (about " + Units.decimal(ctx.sizing().logRetentionGigabytes())
                        + " GB per 24 h at peak) and set oplogMinRetentionHours=72.")
                .because("The connector resumes from a resume token; once the oplog has rolled past it, the token is invalid and a "
                        + "re-snapshot is the only way back.")
                .snippet("javascript", "on each replica-set member",
                        "db.adminCommand({ replSetResizeOplog: 1, size: <MB>, minRetentionHours: 72 });")
                .ref(Refs.MONGODB_OPLOG)
                .warnIf(shortfall != null, shortfall)
                .build();
    }

    private Decision largeDocuments(RuleContext ctx) {
        return ctx.decision("mongodb.large-documents", "Change events above 16 MB")
                .statement("Split oversized change events (cursor.oversize.handling.mode=split, MongoDB 7.0+) instead of failing; set "
                        + (ctx.noKafka() ? "the destination's message size limit" : "producer and topic limits") + " for the largest expected document.")
                .because("A change event with full document and pre-image can exceed the 16 MB BSON limit and break the change stream.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "cursor.oversize.handling.mode", "split")
                .ref(Refs.DBZ_MONGODB)
                .build();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        return new FailureKnowledge(
                "The resume token of the last processed event lives in " + CaptureStores.offsets(ctx) + ".",
                "A replica-set election is transparent: change streams resume on the new primary from the token.",
                "0 (majority-committed writes only are streamed)",
                "Resume token no longer in the oplog (ChangeStreamHistoryLost)",
                "Restart with snapshot.mode=when_needed, or run incremental snapshots of the affected collections.");
    }
}
