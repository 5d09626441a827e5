package dev.cdcarchitect.rehearse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.runtime.errors.DeadLetterQueueReporter;
import org.apache.kafka.connect.util.SinkUtils;

/**
 * How far a sink connector got: its consumer group's committed offsets against the end of its topics, and what its
 * dead letter queue holds. A sink has settled when it has committed every record it was given; only then is a
 * target-to-source comparison final.
 */
final class SinkProgress implements AutoCloseable {

    /** What a dead letter queue topic holds: how many records and the first one's error (context headers on). */
    record DeadLetters(int count, String firstError) {}

    private final String bootstrapServers;
    private final Admin admin;

    SinkProgress(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** True when the connector's group ({@code connect-NAME}) has committed the end offset of every partition of the topic. */
    boolean settled(String connector, String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(SinkUtils.consumerGroupId(connector)).partitionsToOffsetAndMetadata().get();
            for (TopicPartition p : partitions) {
                long end = admin.listOffsets(Map.of(p, OffsetSpec.latest())).partitionResult(p).get().offset();
                OffsetAndMetadata done = committed.get(p);
                if (end > 0 && (done == null || done.offset() < end)) return false;
            }
            return true;
        } catch (ExecutionException e) {
            return false; // the group does not exist until the sink's first commit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while reading the sink's offsets.", e);
        }
    }

    DeadLetters deadLetters(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            String first = records.isEmpty() ? null : error(records.get(0));
            return new DeadLetters(records.size(), first);
        }
    }

    private static String error(ConsumerRecord<byte[], byte[]> r) {
        Header h = r.headers().lastHeader(DeadLetterQueueReporter.ERROR_HEADER_EXCEPTION_MESSAGE);
        return h == null || h.value() == null ? "no error header" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        admin.close();
    }
}
