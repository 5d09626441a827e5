package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a source task's records reached a topic inside committed Kafka transactions, i.e. whether Kafka Connect's
 * exactly-once source support was in effect for it. Under it each task writes with a transactional producer whose
 * {@code transactional.id} is {@code ${groupId}-${connector}-${taskId}}
 * (https://kafka.apache.org/documentation/#connect_exactlyoncesource, the ACL table), and each committed transaction
 * leaves a marker (a control record) at an offset of every partition it wrote. A worker without it writes with a plain
 * idempotent producer: no such transactional id, no markers, so the check fails.
 */
final class TransactionalWrites {

    static final String NAME = "exactly-once";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TransactionalWrites() {}

    /**
     * @param transactionalId the task's id, {@code ${groupId}-${connector}-${taskId}}
     * @param expectedRecords how many records the topic must hold at least (the events the workload produced)
     */
    static Check check(String bootstrapServers, String transactionalId, String topic, int expectedRecords) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            TransactionListing transactional = admin.listTransactions().all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                    .filter(t -> t.transactionalId().equals(transactionalId)).findFirst().orElse(null);
            Map<TopicPartition, PartitionProducerState> producers = admin.describeProducers(partitions).all()
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Counts counts = committedCounts(bootstrapServers, partitions);
            return verdict(transactionalId, topic, expectedRecords, transactional, producers, counts);
        } catch (ExecutionException | TimeoutException e) {
            return new Check(NAME, false, "could not inspect the transactions on " + topic + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while checking the transactions on " + topic + ".", e);
        }
    }

    private static Check verdict(String transactionalId, String topic, int expectedRecords, TransactionListing transactional,
                                 Map<TopicPartition, PartitionProducerState> producers, Counts counts) {
        String seen = counts.records() + " records on " + topic + " read with isolation.level=read_committed, "
                + counts.markers() + " further offsets hold transaction markers (or aborted records)";
        if (transactional == null) {
            return new Check(NAME, false, "no transactional producer " + transactionalId + " on the broker (the worker wrote "
                    + "without exactly-once source support); " + seen + "; producers of the topic: " + producerIds(producers));
        }
        boolean wroteTheTopic = producers.values().stream().flatMap(p -> p.activeProducers().stream())
                .anyMatch(p -> p.producerId() == transactional.producerId());
        boolean ok = wroteTheTopic && counts.markers() > 0 && counts.records() >= expectedRecords;
        return new Check(NAME, ok, "transactional producer " + transactionalId + " (producer id " + transactional.producerId() + ", "
                + transactional.state() + ") " + (wroteTheTopic ? "wrote" : "did NOT write") + " the topic; " + seen
                + (counts.records() >= expectedRecords ? "" : "; expected at least " + expectedRecords + " committed records"));
    }

    private static String producerIds(Map<TopicPartition, PartitionProducerState> producers) {
        Collection<ProducerState> all = producers.values().stream().flatMap(p -> p.activeProducers().stream()).toList();
        return all.isEmpty() ? "none" : all.stream().map(p -> String.valueOf(p.producerId())).distinct().collect(Collectors.joining(", "));
    }

    private record Counts(long records, long markers) {}

    /** Reads every partition to its end with read_committed: the offsets it skips are markers or aborted records. */
    private static Counts committedCounts(String bootstrapServers, List<TopicPartition> partitions) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            // read_committed: the end is the last stable offset, after the last marker of a committed transaction
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long records = 0;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                records += consumer.poll(Duration.ofMillis(200)).count();
            }
            long span = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            return new Counts(records, span - records);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }
}
