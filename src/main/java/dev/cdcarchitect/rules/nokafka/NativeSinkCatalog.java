package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;

/** Every native sink mapped to the knowledge that delivers to it. */
public final class NativeSinkCatalog {

    private NativeSinkCatalog() {}

    public static NativeSinkKnowledge of(NativeSink sink) {
        return switch (sink) {
            case PUBSUB -> new PubSubDestination();
            case KINESIS -> new KinesisDestination();
            case EVENT_HUBS -> new EventHubsDestination();
            case PULSAR -> new PulsarDestination();
            case REDIS_STREAMS -> new RedisStreamsDestination();
            case HTTP -> new HttpDestination();
            case NATS_JETSTREAM -> new NatsJetStreamDestination();
            case RABBITMQ -> new RabbitMqDestination();
        };
    }
}
