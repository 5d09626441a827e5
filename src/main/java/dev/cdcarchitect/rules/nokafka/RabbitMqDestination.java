package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** RabbitMQ: one exchange per table, persistent messages, one active consumer per queue. */
final class RabbitMqDestination implements NativeSinkKnowledge {

    @Override public NativeSink sink() { return NativeSink.RABBITMQ; }

    @Override public String destination(RuleContext ctx, String topic) { return "RabbitMQ exchange " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.rabbitmq.connection.host", "<rabbitmq host>"),
                ServerSettings.of(ctx, "debezium.sink.rabbitmq.connection.port", "5672"),
                ServerSettings.of(ctx, "debezium.sink.rabbitmq.deliveryMode", "2"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server publishes each table's events as persistent messages (deliveryMode=2) to the exchange named like "
                + "its topic; every consumer reads its own durable queue bound to it, with a single active consumer "
                + "(x-single-active-consumer).";
    }

    @Override
    public String orderingReason() {
        return "A queue hands out messages first in, first out, but competing consumers on one queue would apply two changes of "
                + "a row in parallel; one active consumer per queue keeps them in commit order.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Declare one durable exchange per captured table, named like the Debezium topic ("
                + ctx.naming().exampleDataTopic(ctx.engine()) + "), and each consumer's durable queue, before the server starts; "
                + "pass credentials through debezium.sink.rabbitmq.connection.*.";
    }

    @Override public String subscription() { return "a durable queue of its own bound to each table's exchange"; }

    @Override public List<Reference> references() { return List.of(Refs.RABBITMQ_QUEUES); }
}
