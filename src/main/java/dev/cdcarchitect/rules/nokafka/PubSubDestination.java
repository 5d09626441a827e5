package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Google Cloud Pub/Sub: one topic per table, the primary key as ordering key, ordered subscriptions. */
final class PubSubDestination implements NativeSinkKnowledge {

    @Override public NativeSink sink() { return NativeSink.PUBSUB; }

    @Override public String destination(RuleContext ctx, String topic) { return "Pub/Sub topic " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.pubsub.project.id", "<gcp project>"),
                ServerSettings.of(ctx, "debezium.sink.pubsub.region", "<gcp region>"),
                ServerSettings.of(ctx, "debezium.sink.pubsub.ordering.enabled", "true"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server gives every message the event's record key (the primary key) as its Pub/Sub ordering key "
                + "(debezium.sink.pubsub.ordering.enabled=true) and publishes through one region's endpoint "
                + "(debezium.sink.pubsub.region); every subscription is created with message ordering enabled.";
    }

    @Override
    public String orderingReason() {
        return "Pub/Sub delivers messages that share an ordering key in the order they were published, to subscriptions with "
                + "message ordering enabled, when they were published in one region; messages with different keys have no "
                + "order between them. Keying by the primary key keeps each row's changes in commit order without serialising "
                + "a whole table.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Create one Pub/Sub topic per captured table, named exactly like the Debezium topic ("
                + ctx.naming().exampleDataTopic(ctx.engine()) + "), plus " + ctx.naming().transactionTopic()
                + " and the heartbeat topic, before the server starts; Pub/Sub topic names must start with a letter, so the "
                + "heartbeat prefix is renamed.";
    }

    @Override public String subscription() { return "a Pub/Sub subscription of its own, created with message ordering enabled"; }

    @Override
    public String feed(Target target) {
        if (target.kind() != TargetKind.BIGQUERY) return NativeSinkKnowledge.super.feed(target);
        return target.label() + ": a BigQuery subscription (Pub/Sub writes each message into an existing table, at least once) "
                + "lands the change events as rows, to be merged into the current-state table by primary key and source "
                + "position; or Google's Debezium-to-BigQuery Dataflow template reads a Pub/Sub subscription and keeps a replica "
                + "table up to date.";
    }

    @Override
    public List<Reference> references() {
        return List.of(Refs.PUBSUB_ORDERING, Refs.PUBSUB_TOPIC_NAMES);
    }

    @Override
    public List<Reference> feedReferences(Target target) {
        return target.kind() == TargetKind.BIGQUERY ? List.of(Refs.PUBSUB_BIGQUERY, Refs.DATAFLOW_DEBEZIUM_BIGQUERY) : List.of();
    }

    @Override
    public List<String> warnings(RuleContext ctx) {
        return List.of("Events without a key (tables without a primary key) all get the ordering key 'default' "
                + "(debezium.sink.pubsub.null.key) and are serialised on it; give such tables message.key.columns.");
    }
}
