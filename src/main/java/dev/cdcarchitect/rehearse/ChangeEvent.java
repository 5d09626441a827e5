package dev.cdcarchitect.rehearse;

/**
 * One record of a data topic as a sink would see it after the JSON converter.
 *
 * @param key the primary key columns, e.g. {@code order_id=1,line_no=2}
 * @param op    Debezium's operation (r, c, u, d, t), or {@code tombstone} for a record with a null value
 * @param after the row after the change, column name to value as text (empty for deletes and tombstones)
 * @param timestamp the record's Kafka timestamp (the producer's clock: when Connect sent it), epoch milliseconds
 */
record ChangeEvent(String topic, int partition, long offset, String key, String op, java.util.Map<String, String> after, long timestamp) {

    static final String TOMBSTONE = "tombstone";
}
