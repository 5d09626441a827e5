package dev.cdcarchitect.domain;

/** Kinds of boxes in the pipeline diagram. */
public enum NodeKind {
    SOURCE_DATABASE,
    SOURCE_CONNECTOR,
    CONNECT_CLUSTER,
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
    CONNECT_INTERNAL_TOPIC
}
