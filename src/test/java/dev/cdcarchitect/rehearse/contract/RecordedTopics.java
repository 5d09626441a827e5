package dev.cdcarchitect.rehearse.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Records as a resource ({@link SampleRecords}): one line per record with its topic, partition, offset, timestamp and
 * key and value as the UTF-8 text of their bytes. Reading gives back byte-for-byte the records that were on the topic.
 */
final class RecordedTopics {

    static final String SEED_RESOURCE = SampleRecords.RESOURCE;

    private RecordedTopics() {}

    static void write(Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic, Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# topic, partition, offset, timestamp, key, value (UTF-8 text of the bytes; "
                + SampleRecords.NULL + " for null), one record per line"));
        byTopic.values().forEach(records -> records.forEach(r -> lines.add(new SampleRecords.Stored(r.topic(), r.partition(), r.offset(),
                r.timestamp(), text(r.key()), text(r.value())).line())));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The records the real Debezium PostgreSQL connector produced in the seed rehearsal (see {@link CaptureSeedRecordsTest}). */
    static Map<String, List<ConsumerRecord<byte[], byte[]>>> seed() {
        return SampleRecords.seed();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
