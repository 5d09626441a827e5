package dev.cdcarchitect.rehearse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/** Reads a data topic from the beginning through the worker's converter, so keys and envelopes are Connect Structs. */
final class ChangeEventReader implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final JsonConverter keys = new JsonConverter();
    private final JsonConverter values = new JsonConverter();
    private final List<ChangeEvent> seen = new ArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> raw = new ArrayList<>();

    ChangeEventReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        keys.configure(Map.of("schemas.enable", "true"), true);
        values.configure(Map.of("schemas.enable", "true"), false);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until at least {@code count} events were read in total or the time is up; returns all read so far. */
    List<ChangeEvent> readUntil(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                Struct envelope = envelope(r);
                seen.add(new ChangeEvent(r.topic(), r.partition(), r.offset(), key(r), op(r, envelope), after(envelope), r.timestamp()));
                if (envelope != null || r.value() == null) raw.add(r); // what a sink can decode; the poison record is checked on its own
            }
        }
        return List.copyOf(seen);
    }

    /** The records read so far, bytes exactly as on the topic (for the sink contracts). */
    List<ConsumerRecord<byte[], byte[]>> raw() {
        return List.copyOf(raw);
    }

    private String key(ConsumerRecord<byte[], byte[]> r) {
        SchemaAndValue key;
        try {
            key = keys.toConnectData(r.topic(), r.key());
        } catch (org.apache.kafka.connect.errors.DataException notAChangeEvent) {
            return "undecodable";
        }
        if (!(key.value() instanceof Struct struct)) return String.valueOf(key.value());
        return struct.schema().fields().stream().map(f -> f.name() + "=" + struct.get(f)).collect(Collectors.joining(","));
    }

    private Struct envelope(ConsumerRecord<byte[], byte[]> r) {
        if (r.value() == null) return null;
        try {
            SchemaAndValue value = values.toConnectData(r.topic(), r.value());
            return value.value() instanceof Struct envelope ? envelope : null;
        } catch (org.apache.kafka.connect.errors.DataException notAChangeEvent) {
            return null; // e.g. the rehearsal's own poison record
        }
    }

    private static String op(ConsumerRecord<byte[], byte[]> r, Struct envelope) {
        if (r.value() == null) return ChangeEvent.TOMBSTONE;
        if (envelope == null) return "?";
        Field op = envelope.schema().field("op");
        return op == null ? "?" : String.valueOf(envelope.get(op));
    }

    private static Map<String, String> after(Struct envelope) {
        if (envelope == null || envelope.schema().field("after") == null || envelope.get("after") == null) return Map.of();
        Struct after = envelope.getStruct("after");
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : after.schema().fields()) out.put(f.name(), String.valueOf(after.get(f)));
        return out;
    }

    /** Events read so far. */
    List<ChangeEvent> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
