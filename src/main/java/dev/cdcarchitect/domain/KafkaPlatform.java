package dev.cdcarchitect.domain;

/** The Kafka-compatible platform that carries the change events. */
public enum KafkaPlatform {
    APACHE_KAFKA("self-managed Apache Kafka", false),
    CONFLUENT_CLOUD("Confluent Cloud", true),
    CONFLUENT_PLATFORM("Confluent Platform", false),
    AMAZON_MSK("Amazon MSK", true),
    REDPANDA("Redpanda", false),
    STRIMZI("Strimzi on Kubernetes", false),
    AZURE_EVENT_HUBS("Azure Event Hubs (Kafka API)", true);

    private final String displayName;
    private final boolean managed;

    KafkaPlatform(String displayName, boolean managed) {
        this.displayName = displayName;
        this.managed = managed;
    }

    public String displayName() { return displayName; }

    public boolean isManaged() { return managed; }

    public boolean isConfluent() { return this == CONFLUENT_CLOUD || this == CONFLUENT_PLATFORM; }
}
