package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.SINK_CONNECTOR;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.DecisionBuilder;
import dev.cdcarchitect.rules.Refs;
import dev.cdcarchitect.rules.Rule;
import dev.cdcarchitect.rules.RuleContext;

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

    private Decision decide(RuleContext ctx) {
        Target target = ctx.target(kind);
        String name = ctx.naming().sinkConnector(target);
        boolean opensearch = kind == TargetKind.OPENSEARCH;
        Reference ref = opensearch ? Refs.OPENSEARCH_SINK : Refs.ELASTIC_SINK;
        DecisionBuilder d = ctx.decision("sink." + kind.slug(), kind.displayName() + ": document id = primary key, tombstones delete")
                .statement("Index the flattened row with the record key as document id (key.ignore=false); turn deletes into "
                        + "tombstones that delete the document (behavior.on.null.values=delete); write through an alias so a rebuild "
                        + "is a replay into a new index and an alias switch.")
                .because("Using the key as id makes every write an idempotent overwrite, so redelivery after a crash is harmless. "
                        + "With key.ignore=false the connector uses the Kafka offset as an external document version, so a retried "
                        + "older write can never overwrite a newer one.");
        SinkSettings.common(d, ctx, target, opensearch ? "io.aiven.kafka.connect.opensearch.OpensearchSinkConnector"
                : "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector");
        SinkSettings.unwrap(d, ctx, target, "tombstone");
        d.set(SINK_CONNECTOR, name, "connection.url", "https://<" + kind.slug() + "-host>:9200")
                .set(SINK_CONNECTOR, name, "connection.username", "kafka-connect")
                .set(SINK_CONNECTOR, name, "connection.password", dev.cdcarchitect.rules.source.Secrets.file(kind.slug() + ".properties", "password"))
                .set(SINK_CONNECTOR, name, "key.ignore", "false")
                .set(SINK_CONNECTOR, name, "schema.ignore", "true")
                .set(SINK_CONNECTOR, name, "behavior.on.null.values", "delete")
                .set(SINK_CONNECTOR, name, "behavior.on.malformed.documents", "fail")
                .set(SINK_CONNECTOR, name, "batch.size", "2000")
                .set(SINK_CONNECTOR, name, "max.retries", "10")
                .set(SINK_CONNECTOR, name, "retry.backoff.ms", "1000")
                .ref(ref, Refs.DBZ_UNWRAP);
        if (ctx.source().has(KeyTrait.COMPOSITE)) {
            d.warn("The composite primary key arrives as a struct key, but a document id must be one string. Derive it in a single "
                    + "small SMT or stream step that joins the key columns with a delimiter (e.g. \"42|7\"); never use a hash that can "
                    + "collide, and keep the key order stable.");
        }
        return d.warn("After a replay into a new topic or a topic re-creation, offsets restart from 0 and external versions would "
                        + "reject the writes: always rebuild into a fresh index.")
                .build();
    }
}
