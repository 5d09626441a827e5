package dev.cdcarchitect.domain;

/** A non-Kafka destination Debezium Server delivers to directly when the user rules Kafka out. */
public enum NativeSink {
    PUBSUB("Google Cloud Pub/Sub", "pubsub"),
    KINESIS("Amazon Kinesis", "kinesis"),
    EVENT_HUBS("Azure Event Hubs", "eventhubs"),
    PULSAR("Apache Pulsar", "pulsar"),
    REDIS_STREAMS("Redis Streams", "redis"),
    HTTP("HTTP endpoint", "http"),
    NATS_JETSTREAM("NATS JetStream", "nats-jetstream"),
    RABBITMQ("RabbitMQ", "rabbitmq");

    private final String displayName;
    private final String sinkType;

    NativeSink(String displayName, String sinkType) {
        this.displayName = displayName;
        this.sinkType = sinkType;
    }

    public String displayName() { return displayName; }

    /** The value of Debezium Server's debezium.sink.type. */
    public String sinkType() { return sinkType; }
}
