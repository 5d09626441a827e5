package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.check.Check;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The exactly-once check tells a transactional writer from a plain one, on a real broker. */
@Tag("rehearsal")
class TransactionalWritesTest {

    private static InProcessKafka kafka;

    @BeforeAll
    static void broker() {
        kafka = InProcessKafka.start();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void recordsOfAPlainIdempotentProducerFail() throws Exception {
        String topic = topic("plain");
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            for (int i = 0; i < 3; i++) producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get();
        }
        Check check = TransactionalWrites.check(kafka.bootstrapServers(), "cdc-connect-app-source-0", topic, 3);
        assertFalse(check.passed(), check.line());
        assertTrue(check.evidence().contains("no transactional producer cdc-connect-app-source-0"), check.line());
        assertTrue(check.evidence().contains("0 further offsets hold transaction markers"), check.line());
    }

    @Test
    void recordsCommittedByTheTasksTransactionalProducerPass() throws Exception {
        String topic = topic("transactional");
        try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "cdc-connect-app-source-0"))) {
            producer.initTransactions();
            for (int batch = 0; batch < 2; batch++) {
                producer.beginTransaction();
                for (int i = 0; i < 3; i++) producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i));
                producer.commitTransaction();
            }
        }
        Check check = TransactionalWrites.check(kafka.bootstrapServers(), "cdc-connect-app-source-0", topic, 6);
        assertTrue(check.passed(), check.line());
        assertTrue(check.evidence().contains("6 records on " + topic + " read with isolation.level=read_committed, 2 further offsets"), check.line());
        // another task's id: its producer did not write this topic
        Check other = TransactionalWrites.check(kafka.bootstrapServers(), "cdc-connect-other-source-0", topic, 6);
        assertFalse(other.passed(), other.line());
    }

    private static String topic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
        return name;
    }

    private static KafkaProducer<String, String> producer(Map<String, String> extra) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.putAll(extra);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
