package dev.cdcarchitect.domain;

/** Kinds of boxes in the pipeline diagram. */
public enum NodeKind {
    SOURCE_DATABASE,
    SOURCE_CONNECTOR,
    CONNECT_CLUSTER,
    DEBEZIUM_SERVER,
    DATA_TOPIC,
    TOPIC_GROUP,
    SCHEMA_REGISTRY,
    CONSUMER_GROUP,
    SINK_CONNECTOR,
    TARGET,
    DLQ_TOPIC,
    HEARTBEAT_TOPIC,
    SIGNAL_TOPIC,
    SCHEMA_HISTORY_TOPIC,
    TRANSACTION_TOPIC,
    CONNECT_INTERNAL_TOPIC,
    OFFSETS_TOPIC,
    /** A non-Kafka destination Debezium Server delivers to (Pub/Sub topics, Kinesis streams, an event hub, ...). */
    NATIVE_DESTINATION,
    /** Where Debezium Server keeps its offsets without Kafka: a file on a persistent volume, or Redis. */
    OFFSET_STORE
}
