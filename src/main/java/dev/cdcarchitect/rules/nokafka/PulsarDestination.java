package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Apache Pulsar: one topic per table, the primary key as message key, Failover or Key_Shared subscriptions. */
final class PulsarDestination implements NativeSinkKnowledge {

    @Override public NativeSink sink() { return NativeSink.PULSAR; }

    @Override public String destination(RuleContext ctx, String topic) { return "Pulsar topic " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.pulsar.client.serviceUrl", "<pulsar service URL>"),
                ServerSettings.of(ctx, "debezium.sink.pulsar.producer.batcherBuilder", "KEY_BASED"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server publishes each event to the Pulsar topic named like its Debezium topic with the record key (the "
                + "primary key) as message key, batching by key (debezium.sink.pulsar.producer.batcherBuilder=KEY_BASED); "
                + "consumers read with Failover or Key_Shared subscriptions.";
    }

    @Override
    public String orderingReason() {
        return "A Key_Shared subscription hands all messages of one key to one consumer; Debezium Server's documentation pairs "
                + "KEY_BASED batching with Key_Shared subscriptions so a batch never spans keys. A Failover subscription has one "
                + "active consumer and keeps the whole topic in order.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Create the topics (tenant public, namespace default unless debezium.sink.pulsar.tenant and namespace say "
                + "otherwise) before the server starts, with the namespace's retention covering the longest consumer outage.";
    }

    @Override public String subscription() { return "a Pulsar subscription of its own (Failover, or Key_Shared to spread keys over consumers)"; }

    @Override public List<Reference> references() { return List.of(Refs.PULSAR_KEY_SHARED); }
}
