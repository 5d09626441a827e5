package dev.cdcarchitect.rehearse.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * Records as a test resource: one JSON object per record with its topic, partition, offset, timestamp and key and
 * value as the UTF-8 text of their bytes (the rehearsal worker writes with JsonConverter, so the bytes are JSON text;
 * a tombstone's value is null). Reading gives back byte-for-byte the records that were on the topic.
 */
final class RecordedTopics {

    static final String SEED_RESOURCE = SampleRecords.RESOURCE;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);


    private RecordedTopics() {}

    static void write(Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic, Path file) throws IOException {
        List<SampleRecords.Stored> out = new ArrayList<>();
        byTopic.values().forEach(records -> records.forEach(r -> out.add(new SampleRecords.Stored(r.topic(), r.partition(), r.offset(), r.timestamp(),
                text(r.key()), text(r.value())))));
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), out);
    }

    /** The records the real Debezium PostgreSQL connector produced in the seed rehearsal (see {@link CaptureSeedRecordsTest}). */
    static Map<String, List<ConsumerRecord<byte[], byte[]>>> seed() {
        return SampleRecords.seed();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

}
