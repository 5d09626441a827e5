package dev.cdcarchitect.rehearse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A record no converter can read, written to a data topic as a broken producer or a bad manual fix would: a sink
 * with {@code errors.tolerance=all} must set it aside on its dead letter queue and go on with the records after it.
 */
final class PoisonRecord {

    static final String VALUE = "{this is not JSON";

    private PoisonRecord() {}

    /** @return where it landed, e.g. {@code app.public.orders-0@5014} */
    static String send(String bootstrapServers, String topic) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            RecordMetadata at = producer.send(new ProducerRecord<>(topic, 0, "poison".getBytes(StandardCharsets.UTF_8),
                    VALUE.getBytes(StandardCharsets.UTF_8))).get();
            return at.topic() + "-" + at.partition() + "@" + at.offset();
        } catch (ExecutionException e) {
            throw new RehearsalException("could not write the poison record to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("cancelled while writing the poison record.", e);
        }
    }
}
