package dev.cdcarchitect.export.monitoring;

/**
 * What is watched for one sink of the design.
 *
 * @param target        the target's label ("Snowflake")
 * @param consumerGroup the consumer group reading the change topics for it
 * @param connector     the sink connector on Kafka Connect, or null when a stream job (not a connector) writes it
 * @param dlqTopic      the sink's dead-letter topic, or null when it has none
 * @param budgetMillis  how far behind the sink may fall: its stated freshness objective, else the end-to-end SLO
 * @param budgetSource  where the budget comes from, for the annotation
 * @param lagEvents     the consumer-group lag (events, summed over partitions) that takes longer than the budget to appear
 */
record SinkWatch(String target, String consumerGroup, String connector, String dlqTopic, long budgetMillis, String budgetSource,
                 long lagEvents) {}
