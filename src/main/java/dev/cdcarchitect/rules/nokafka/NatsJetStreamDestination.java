package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** NATS JetStream: one subject per table in one file-backed stream. */
final class NatsJetStreamDestination implements NativeSinkKnowledge {

    static String stream(RuleContext ctx) { return ctx.naming().topicPrefix() + "-changes"; }

    @Override public NativeSink sink() { return NativeSink.NATS_JETSTREAM; }

    @Override public String destination(RuleContext ctx, String topic) { return "JetStream subject " + topic; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        String prefix = ctx.naming().topicPrefix();
        return List.of(
                ServerSettings.of(ctx, "debezium.sink.nats-jetstream.url", "nats://<nats server>:4222"),
                ServerSettings.of(ctx, "debezium.sink.nats-jetstream.create-stream", "true"),
                ServerSettings.of(ctx, "debezium.sink.nats-jetstream.stream-name", stream(ctx)),
                // The prefix alone carries schema changes, prefix.> the tables; heartbeats have their own prefix.
                ServerSettings.of(ctx, "debezium.sink.nats-jetstream.subjects", prefix + "," + prefix + ".>," + NativeNames.HEARTBEAT_PREFIX + ".>"),
                ServerSettings.of(ctx, "debezium.sink.nats-jetstream.storage", "file"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server publishes each table's events to the subject named like its topic, all captured by stream "
                + stream(ctx) + " with file storage; each consumer reads with one durable consumer that acknowledges in order.";
    }

    @Override
    public String orderingReason() {
        return "A JetStream stream stores messages in the order it receives them, each with a sequence number, so one consumer "
                + "replays a row's changes in commit order. The sink's default storage, memory, does not keep the stream on disk.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "debezium.sink.nats-jetstream.create-stream=true creates a basic stream; for retention limits and replicas create "
                + "it with the nats CLI beforehand and set create-stream=false.";
    }

    @Override public String subscription() { return "a durable JetStream consumer of its own"; }

    @Override public List<Reference> references() { return List.of(Refs.NATS_JETSTREAM_STREAMS); }
}
