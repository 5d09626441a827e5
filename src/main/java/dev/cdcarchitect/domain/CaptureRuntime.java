package dev.cdcarchitect.domain;

/** Where the Debezium source connector runs. */
public enum CaptureRuntime {
    /** A distributed Kafka Connect cluster (the default): offsets in Kafka, tasks fail over between workers. */
    KAFKA_CONNECT("Kafka Connect"),
    /** Debezium Server: one standalone process per connector, producing to Kafka through its Kafka sink. */
    DEBEZIUM_SERVER("Debezium Server");

    private final String displayName;

    CaptureRuntime(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
