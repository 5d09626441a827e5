package dev.cdcarchitect.rehearse.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * Ten change events the real Debezium 3.6.1 PostgreSQL connector produced in the seed rehearsal (snapshot reads,
 * insert, update, deletes with their tombstones, a primary-key update; composite key), bytes as on the topic. They
 * feed the sink contracts of designs whose source has no local server to produce their own.
 */
public final class SampleRecords {

    static final String RESOURCE = "/rehearse/contract/postgres-seed-records.tsv";
    /** A null key or value (a tombstone's value) in the file. */
    static final String NULL = "\\N";

    /**
     * One stored record, a line of tab-separated fields; key and value are the UTF-8 text of their bytes (compact
     * JSON with schemas, as the worker's JsonConverter writes them: no tab, no newline).
     */
    record Stored(String topic, int partition, long offset, long timestamp, String key, String value) {

        String line() {
            return String.join("\t", topic, String.valueOf(partition), String.valueOf(offset), String.valueOf(timestamp),
                    key == null ? NULL : key, value == null ? NULL : value);
        }

        static Stored of(String line) {
            String[] f = line.split("\t", 6);
            return new Stored(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    NULL.equals(f[4]) ? null : f[4], NULL.equals(f[5]) ? null : f[5]);
        }
    }

    private SampleRecords() {}

    /** As captured, on their own topic ({@code app.public.orders}). */
    static Map<String, List<ConsumerRecord<byte[], byte[]>>> seed() {
        Map<String, List<ConsumerRecord<byte[], byte[]>>> out = new LinkedHashMap<>();
        for (Stored s : read()) out.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(record(s.topic(), s));
        return out;
    }

    /** The same records as if they had been written to {@code topic}. */
    public static List<ConsumerRecord<byte[], byte[]>> on(String topic) {
        return read().stream().map(s -> record(topic, s)).toList();
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, Stored s) {
        return new ConsumerRecord<>(topic, s.partition(), s.offset(), s.timestamp(), TimestampType.CREATE_TIME, -1, -1, bytes(s.key()),
                bytes(s.value()), new RecordHeaders(), Optional.empty());
    }

    private static List<Stored> read() {
        try (InputStream in = SampleRecords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the application");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Stored::of).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
