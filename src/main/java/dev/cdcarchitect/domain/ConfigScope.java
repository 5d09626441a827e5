package dev.cdcarchitect.domain;

/** Where a configuration entry must be applied. */
public enum ConfigScope {
    DATABASE("database server"),
    SOURCE_CONNECTOR("source connector"),
    WORKER("Kafka Connect worker"),
    DEBEZIUM_SERVER("Debezium Server application.properties"),
    TOPIC("topic"),
    SINK_CONNECTOR("sink connector"),
    SCHEMA_REGISTRY("schema registry"),
    CONSUMER("consumer"),
    TARGET("target system");

    private final String displayName;

    ConfigScope(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
