package dev.cdcarchitect.rehearse;

/**
 * One record of a data topic as a sink would see it after the JSON converter.
 *
 * @param key the primary key columns, e.g. {@code order_id=1,line_no=2}
 * @param op  Debezium's operation (r, c, u, d), or {@code tombstone} for a record with a null value
 */
record ChangeEvent(String topic, int partition, long offset, String key, String op) {

    static final String TOMBSTONE = "tombstone";
}
