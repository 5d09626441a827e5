package dev.cdcarchitect.export.monitoring;

/** The pipeline stages, in the order data flows; the dashboard has one row per stage (a row per sink). */
enum Stage {
    SOURCE_DATABASE("Source database"),
    CONNECTOR("Source connector"),
    KAFKA_TOPICS("Kafka topics and Connect"),
    SINK("Sink"),
    DLQ("Dead-letter queues");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
