package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import java.util.List;

/** Azure Event Hubs: every table in one event hub, the primary key as partition key. */
final class EventHubsDestination implements NativeSinkKnowledge {

    @Override public NativeSink sink() { return NativeSink.EVENT_HUBS; }

    static String hub(RuleContext ctx) { return ctx.naming().topicPrefix() + "-changes"; }

    @Override public String destination(RuleContext ctx, String topic) { return "event hub " + hub(ctx) + " (shared by all tables)"; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.eventhubs.connectionstring", Secrets.of(ctx, "eventhubs.properties", "connectionstring")),
                ServerSettings.of(ctx, "debezium.sink.eventhubs.hubname", hub(ctx)),
                ServerSettings.of(ctx, "debezium.sink.eventhubs.dynamicpartitionrouting", "key"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Every table's events go to event hub " + hub(ctx) + "; with debezium.sink.eventhubs.dynamicpartitionrouting=key "
                + "Debezium Server uses each event's record key (the primary key) as its partition key.";
    }

    @Override
    public String orderingReason() {
        return "Event Hubs sends events with the same partition key to the same partition, and a partition is an ordered "
                + "sequence of events, so the consumer that owns the partition reads a row's changes in commit order.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Create event hub " + hub(ctx) + " before the server starts, with partitions for the planned growth: outside "
                + "the Premium and Dedicated tiers the partition count cannot change after creation.";
    }

    @Override public String subscription() { return "a consumer group of its own on the event hub, checkpointing per partition"; }

    @Override public List<Reference> references() { return List.of(Refs.EVENT_HUBS_FEATURES); }

    @Override
    public List<String> warnings(RuleContext ctx) {
        return List.of("All tables share one event hub: consumers route events by the payload's source.table. Leave "
                + "debezium.sink.eventhubs.partitionid and debezium.sink.eventhubs.partitionkey unset: either sends every event "
                + "to one partition and switches the key routing off.");
    }
}
