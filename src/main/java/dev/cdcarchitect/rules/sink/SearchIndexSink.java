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

/** Elasticsearch or OpenSearch: one document per primary key, deletes from tombstones, offsets as versions. */
public final class SearchIndexSink implements SinkKnowledge {

    private final TargetKind kind;

    public SearchIndexSink(TargetKind kind) {
        this.kind = kind;
    }

    @Override public TargetKind kind() { return kind; }

    @Override public double eventsPerSecondPerTask() { return 2_000; }

    @Override public boolean runsOnConnect() { return true; }

    @Override public String ddlHandling() {
        return kind.displayName() + ": new columns appear as new fields under dynamic mapping (pin mappings with an index template "
                + "for types that matter); dropped columns simply stop appearing in new documents; renames and type changes need a "
                + "new index, a replay from Kafka (or reindex) and an alias switch.";
    }

    @Override public String truncateHandling() {
        return "the ExtractNewRecordState SMT in front of it drops truncate events, so the sink never sees them: " + "empty the index by hand (delete-by-query on match_all, or rebuild into a fresh index and switch the alias).";
    }

    @Override public Rule rule() {
        return Rule.when("sink." + kind.slug(), SpecSection.TOPOLOGY, ctx -> ctx.targets(kind), this::decide);
    }

    /**
     * The index holds one document per change instead of one per row: the sink takes a document id only from a
     * primitive key (INT8-INT64 or STRING), and a composite key is a Struct with no single field to extract.
     */
    public static boolean appendOnly(RuleContext ctx) {
        return ctx.engine() == SourceEngine.CASSANDRA || ctx.engine() != SourceEngine.MONGODB && ctx.source().has(KeyTrait.COMPOSITE);
    }

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(kind);
        String name = ctx.naming().sinkConnector(target);
        boolean opensearch = kind == TargetKind.OPENSEARCH;
        DecisionBuilder d = appendOnly(ctx) ? appendOnlyIndex(ctx) : documentPerKey(ctx);
        SinkSettings.common(d, ctx, target, opensearch ? "io.aiven.kafka.connect.opensearch.OpensearchSinkConnector"
                : "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector");
        SinkSettings.unwrap(d, ctx, target, appendOnly(ctx) ? "rewrite" : "tombstone", appendOnly(ctx) ? "unwrap" : "unwrap,docid");
        if (!appendOnly(ctx)) {
            d.set(SINK_CONNECTOR, name, "transforms.docid.type", "org.apache.kafka.connect.transforms.ExtractField$Key")
                    .set(SINK_CONNECTOR, name, "transforms.docid.field", keyField(ctx));
        }
        d.set(SINK_CONNECTOR, name, "connection.url", "https://<" + kind.slug() + "-host>:9200")
                .set(SINK_CONNECTOR, name, "connection.username", "kafka-connect")
                .set(SINK_CONNECTOR, name, "connection.password", Secrets.file(kind.slug() + ".properties", "password"))
                .set(SINK_CONNECTOR, name, "key.ignore", String.valueOf(appendOnly(ctx)))
                .set(SINK_CONNECTOR, name, "schema.ignore", "true")
                .set(SINK_CONNECTOR, name, "behavior.on.null.values", appendOnly(ctx) ? "ignore" : "delete")
                .set(SINK_CONNECTOR, name, "behavior.on.malformed.documents", "fail")
                .set(SINK_CONNECTOR, name, "batch.size", "2000")
                .set(SINK_CONNECTOR, name, "max.retries", "10")
                .set(SINK_CONNECTOR, name, "retry.backoff.ms", "1000")
                .ref(opensearch ? Refs.OPENSEARCH_SINK : Refs.ELASTIC_SINK, opensearch ? Refs.OPENSEARCH_SINK_CONFIG : Refs.ELASTIC_SINK_CONFIG,
                        Refs.KAFKA_CONNECT_TRANSFORMS);
        if (appendOnly(ctx)) return d.build();
        if (ctx.engine() != SourceEngine.MONGODB) {
            d.warn("ExtractField$Key takes one key column for every indexed table (" + keyField(ctx) + "): route tables whose "
                    + "key column has another name, or whose key is several columns (a keyless table keyed by several "
                    + "message.key.columns), to their own sink connector with their own field, or their records fail into the DLQ.");
        }
        return d.warn("After a replay into a new topic or a topic re-creation, offsets restart from 0 and external versions would "
                        + "reject the writes: always rebuild into a fresh index.")
                .build();
    }

    private DecisionBuilder documentPerKey(RuleContext ctx) {
        return ctx.decision("sink." + kind.slug(), kind.displayName() + ": document id = primary key, tombstones delete")
                .statement("Index the flattened row with the primary key as document id: ExtractField$Key turns the key struct into "
                        + "its one key field (" + keyField(ctx) + ") and key.ignore=false makes it the id; turn deletes into "
                        + "tombstones that delete the document (behavior.on.null.values=delete); write through an alias so a rebuild "
                        + "is a replay into a new index and an alias switch.")
                .because("The sink takes a document id only from a primitive record key (an integer or a string); Debezium keys "
                        + "are structs, which it rejects (\"STRUCT is not supported as the document id\") and, with "
                        + "errors.tolerance=all, sends every record to the DLQ. Using the key as id makes every write an idempotent "
                        + "overwrite, so redelivery after a crash is harmless; with key.ignore=false the connector uses the Kafka "
                        + "offset as an external document version, so a retried older write can never overwrite a newer one.");
    }

    private DecisionBuilder appendOnlyIndex(RuleContext ctx) {
        if (ctx.engine() == SourceEngine.CASSANDRA) return cassandraChangeIndex(ctx);
        return ctx.decision("sink." + kind.slug(), kind.displayName() + ": append-only change index (composite keys)")
                .statement("Index every change as its own document (key.ignore=true: the document id is topic+partition+offset), "
                        + "with deletes kept as documents flagged __deleted=true (delete.tombstone.handling.mode=rewrite) and "
                        + "tombstones ignored; searches read the latest document per key (collapse on the key fields, sorted by "
                        + "source.ts_ms) or a scheduled job rebuilds a current-state index from it.")
                .because("The sink takes a document id only from a primitive record key (an integer or a string); a composite "
                        + "primary key arrives as a struct, which it rejects (\"STRUCT is not supported as the document id\"), and "
                        + "Kafka Connect's built-in transforms cannot join several key fields into one string. With errors.tolerance=all "
                        + "every record would land in the DLQ; topic+partition+offset ids keep redelivery idempotent and lose no change.")
                .warn("For one document per row instead, derive a single string key before the sink (a small custom SMT or a stream "
                        + "job that joins the key columns with a delimiter, e.g. \"42|7\", in a stable order; never a hash that can "
                        + "collide), then switch to key.ignore=false and behavior.on.null.values=delete.");
    }

    /**
     * Seen in review (issue 15): Cassandra was given one key column as document id. Debezium's Cassandra connector keys
     * each event with every primary key column, clustering columns included, and an update carries only the columns it
     * changed, each as a cell {value, deletion_ts, set} (https://debezium.io/documentation/reference/stable/connectors/cassandra.html:
     * "Change event's key", the commit log limitations and the value payload). One column as id merges a partition's rows
     * into one document, and a partial update written as the document drops the other columns: index every change instead.
     */
    private DecisionBuilder cassandraChangeIndex(RuleContext ctx) {
        return ctx.decision("sink." + kind.slug(), kind.displayName() + ": append-only change index (Cassandra keys and partial updates)")
                .statement("Index every change as its own document (key.ignore=true: the document id is topic+partition+offset), "
                        + "with deletes kept as documents flagged __deleted=true (delete.tombstone.handling.mode=rewrite) and "
                        + "tombstones ignored; searches read the latest change per key (collapse on the primary key fields, sorted by "
                        + "source.ts_ms), or a scheduled job merges the changes into a current-state index.")
                .because("Debezium's Cassandra connector keys each event with every primary key column, the clustering columns "
                        + "included, so a table with clustering columns has a struct of several fields as key and no single field can be "
                        + "the document id; and since Cassandra does not read before writing, an update event carries only the columns "
                        + "it changed: written as the document, it would replace the row's other columns. Topic+partition+offset ids "
                        + "keep redelivery idempotent and lose no change.")
                .warn("Each column arrives as a cell {value, deletion_ts, set}: the documents hold those cells, so query "
                        + "<column>.value, and treat set=false as 'not changed by this event'.")
                .ref(Refs.DBZ_CASSANDRA);
    }

    /** The key field to extract: Debezium's MongoDB key is always {id}; a relational key column is named by the user. */
    private static String keyField(RuleContext ctx) {
        return ctx.engine() == SourceEngine.MONGODB ? "id" : "<primary key column>";
    }
}
