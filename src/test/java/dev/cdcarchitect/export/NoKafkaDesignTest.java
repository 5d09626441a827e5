package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rules.StatedInputs;
import io.debezium.config.Configuration;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.postgresql.PostgresConnectorConfig;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "No Kafka is allowed": the source runs in Debezium Server with a native sink, and nothing in the spec, the diagram
 * or the runnable configuration is a Kafka broker, topic, Connect cluster, sink connector or registry subject.
 */
class NoKafkaDesignTest {

    private static final String PG = "PostgreSQL 14, 2 TB, 3k TPS, 40 tables, GDPR applies to customer data";
    private static final String MYSQL = "MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS, 300 tables";
    private static final String TARGETS = "BigQuery and Snowflake";

    /** Kafka-only settings, components and words that must not appear in a no-Kafka design. */
    private static final Set<ConfigScope> KAFKA_SCOPES = EnumSet.of(ConfigScope.WORKER, ConfigScope.TOPIC, ConfigScope.SINK_CONNECTOR,
            ConfigScope.SCHEMA_REGISTRY, ConfigScope.CONSUMER);
    private static final Set<NodeKind> KAFKA_NODES = EnumSet.of(NodeKind.CONNECT_CLUSTER, NodeKind.DATA_TOPIC, NodeKind.TOPIC_GROUP,
            NodeKind.SCHEMA_REGISTRY, NodeKind.CONSUMER_GROUP, NodeKind.SINK_CONNECTOR, NodeKind.DLQ_TOPIC, NodeKind.HEARTBEAT_TOPIC,
            NodeKind.SIGNAL_TOPIC, NodeKind.SCHEMA_HISTORY_TOPIC, NodeKind.TRANSACTION_TOPIC, NodeKind.CONNECT_INTERNAL_TOPIC,
            NodeKind.OFFSETS_TOPIC);
    private static final Pattern KAFKA_PROSE = Pattern.compile(
            "Kafka Connect|bootstrap|topic\\.creation|min\\.insync|MirrorMaker|acks=all|KafkaConnector|connect-distributed|config provider");

    /** What Debezium Server's documentation requires per sink, beyond debezium.sink.type. */
    private static final Map<NativeSink, List<String>> REQUIRED = Map.of(
            NativeSink.PUBSUB, List.of("debezium.sink.pubsub.project.id", "debezium.sink.pubsub.ordering.enabled"),
            NativeSink.KINESIS, List.of("debezium.sink.kinesis.region"),
            NativeSink.EVENT_HUBS, List.of("debezium.sink.eventhubs.connectionstring", "debezium.sink.eventhubs.hubname"),
            NativeSink.PULSAR, List.of("debezium.sink.pulsar.client.serviceUrl"),
            NativeSink.REDIS_STREAMS, List.of("debezium.sink.redis.address"),
            NativeSink.HTTP, List.of("debezium.sink.http.url"),
            NativeSink.NATS_JETSTREAM, List.of("debezium.sink.nats-jetstream.url"),
            NativeSink.RABBITMQ, List.of("debezium.sink.rabbitmq.connection.host"));

    private static DesignResult.Generated design(String source, String target, NativeSink sink) {
        return StatedInputs.design(StatedInputs.noKafka(StatedInputs.parse(source, target), sink));
    }

    private static Properties applicationProperties(ConfigBundle bundle) throws Exception {
        String text = bundle.files().get("debezium-server/application.properties");
        assertNotNull(text, "application.properties");
        Properties props = new Properties();
        props.load(new StringReader(text));
        return props;
    }

    @ParameterizedTest
    @EnumSource(NativeSink.class)
    void theServerDeliversToTheNativeSinkWithItsRequiredSettings(NativeSink sink) throws Exception {
        DesignResult.Generated d = design(PG, TARGETS, sink);
        ConfigBundle bundle = new ConfigBundleBuilder().build(d);
        Properties props = applicationProperties(bundle);
        assertEquals(sink.sinkType(), props.getProperty("debezium.sink.type"));
        for (String key : REQUIRED.get(sink)) {
            assertFalse(props.getProperty(key, "").isBlank(), sink + " needs " + key + " in " + props.stringPropertyNames());
        }
        if (sink == NativeSink.PUBSUB) assertEquals("true", props.getProperty("debezium.sink.pubsub.ordering.enabled"));
        if (sink == NativeSink.EVENT_HUBS) {
            String secret = props.getProperty("debezium.sink.eventhubs.connectionstring");
            assertTrue(secret.matches("\\$\\{[A-Z0-9_]+}"), "the connection string is a secret placeholder: " + secret);
            assertTrue(bundle.files().get("README.md").contains("`" + secret.substring(2, secret.length() - 1) + "`"), "README names it");
        }
        // Offsets cannot go to a Kafka topic: a file on a persistent volume, or Redis next to a Redis sink.
        String store = props.getProperty("debezium.source.offset.storage");
        if (sink == NativeSink.REDIS_STREAMS) {
            assertEquals("io.debezium.storage.redis.offset.RedisOffsetBackingStore", store);
        } else {
            assertEquals("org.apache.kafka.connect.storage.FileOffsetBackingStore", store);
            assertFalse(props.getProperty("debezium.source.offset.storage.file.filename", "").isBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(NativeSink.class)
    void nothingInTheSpecTheDiagramOrTheConfigIsKafka(NativeSink sink) {
        DesignResult.Generated d = design(PG, TARGETS, sink);
        List<ConfigEntry> config = d.spec().decisions().stream().flatMap(x -> x.config().stream()).toList();
        for (ConfigEntry e : config) {
            assertFalse(KAFKA_SCOPES.contains(e.scope()), "Kafka-side setting " + e);
            assertFalse(e.key().contains("bootstrap.servers") || e.key().contains(".kafka.") || e.key().startsWith("kafka.")
                    || e.key().startsWith("producer.override.") || e.key().startsWith("topic.creation."), "Kafka setting " + e);
        }
        for (Decision x : d.spec().decisions()) {
            assertFalse(x.id().matches("(kafka|connect|consumers|sink)\\..*"), "Kafka decision " + x.id());
            String prose = String.join(" ", x.title(), x.statement(), x.rationale(), String.join(" ", x.warnings()));
            Matcher kafka = KAFKA_PROSE.matcher(prose);
            assertFalse(kafka.find(), () -> x.id() + " speaks of Kafka (" + kafka.group() + "): " + prose);
        }
        for (TopologyNode n : d.topology().nodes()) assertFalse(KAFKA_NODES.contains(n.kind()), "Kafka node " + n);
        assertEquals(1, d.topology().nodesOf(NodeKind.DEBEZIUM_SERVER).size());
        assertFalse(d.topology().nodesOf(NodeKind.NATIVE_DESTINATION).isEmpty(), "the destination is drawn");
        assertEquals(1, d.topology().nodesOf(NodeKind.OFFSET_STORE).size());
        assertEquals(2, d.topology().nodesOf(NodeKind.TARGET).size(), "the targets stay, fed by the destination");
        for (SizingLine line : d.spec().sizing().lines()) assertFalse(line.label().contains("Kafka"), line.label());
        List<String> failures = d.spec().failureMatrix().stream().map(FailureScenario::id).toList();
        assertFalse(failures.contains("failure.worker-loss") || failures.contains("failure.broker-loss")
                || failures.contains("failure.registry-outage"), failures.toString());
        assertFalse(d.spec().title().contains("Kafka") || d.spec().title().contains(d.input().platform().displayName()), d.spec().title());
        assertTrue(d.spec().title().contains("Debezium Server -> " + sink.displayName()), d.spec().title());
        String markdown = new MarkdownSpecWriter().write(d.spec());
        Matcher kafka = KAFKA_PROSE.matcher(markdown);
        assertFalse(kafka.find(), () -> "the Markdown speaks of Kafka: " + kafka.group());
    }

    @ParameterizedTest
    @EnumSource(NativeSink.class)
    void theConfigFolderHoldsOnlyTheServer(NativeSink sink) throws Exception {
        ConfigBundle bundle = new ConfigBundleBuilder().build(design(PG, TARGETS, sink));
        assertEquals(Set.of("debezium-server/application.properties", "README.md"), bundle.files().keySet());
        Properties props = applicationProperties(bundle);
        for (String key : props.stringPropertyNames()) {
            assertFalse(key.contains("bootstrap.servers") || key.startsWith("debezium.sink.kafka.") || key.contains(".kafka."), key);
        }
        String readme = bundle.files().get("README.md");
        assertFalse(readme.contains("worker.properties") || readme.contains("topics.json") || readme.contains("config.providers"), readme);
    }

    @ParameterizedTest
    @EnumSource(value = NativeSink.class, names = {"PUBSUB", "KINESIS", "EVENT_HUBS"})
    void perKeyOrderIsKeptByTheDestinationAndCited(NativeSink sink) {
        Decision ordering = design(PG, TARGETS, sink).spec().decisions().stream().filter(x -> x.id().equals("destination.ordering"))
                .findFirst().orElseThrow();
        String host = switch (sink) {
            case PUBSUB -> "https://cloud.google.com/pubsub/docs/ordering";
            case KINESIS -> "https://docs.aws.amazon.com/kinesis/";
            default -> "https://learn.microsoft.com/en-us/azure/event-hubs/";
        };
        assertTrue(ordering.references().stream().map(Reference::url).anyMatch(u -> u.startsWith(host)), ordering.references().toString());
        String word = switch (sink) {
            case PUBSUB -> "ordering key";
            case KINESIS -> "partition key";
            default -> "partition key";
        };
        assertTrue(ordering.statement().contains(word), ordering.statement());
    }

    @Test
    void bigQueryIsFedByAPubSubSubscriptionNotASinkConnector() {
        DesignResult.Generated d = design(PG, TARGETS, NativeSink.PUBSUB);
        Decision consumers = d.spec().decisions().stream().filter(x -> x.id().equals("destination.consumers")).findFirst().orElseThrow();
        String text = consumers.statement() + " " + String.join(" ", consumers.warnings());
        assertTrue(text.contains("BigQuery subscription"), text);
        assertTrue(consumers.references().stream().anyMatch(r -> r.url().equals("https://cloud.google.com/pubsub/docs/bigquery")));
        assertTrue(d.spec().decisions().stream().noneMatch(x -> x.id().startsWith("sink.")));
    }

    @Test
    void pubSubHeartbeatsGoToATopicNameThatStartsWithALetter() throws Exception {
        Properties props = applicationProperties(new ConfigBundleBuilder().build(design(PG, TARGETS, NativeSink.PUBSUB)));
        assertTrue(props.getProperty("debezium.source.topic.heartbeat.prefix", "").matches("[A-Za-z].*"),
                "Pub/Sub topic names must start with a letter; the default prefix is __debezium-heartbeat");
    }

    @Test
    void theConnectorSettingsAreAcceptedByDebeziumWithFileSchemaHistory() throws Exception {
        for (String source : List.of(PG, MYSQL)) {
            Properties props = applicationProperties(new ConfigBundleBuilder().build(design(source, TARGETS, NativeSink.KINESIS)));
            Map<String, String> connector = new HashMap<>();
            for (String key : props.stringPropertyNames()) {
                if (key.startsWith("debezium.source.") && !key.startsWith("debezium.source.offset.")) {
                    connector.put(key.substring("debezium.source.".length()), props.getProperty(key));
                }
            }
            boolean mysql = connector.get("connector.class").contains("mysql");
            if (mysql) {
                assertEquals("io.debezium.storage.file.history.FileSchemaHistory", connector.get("schema.history.internal"));
                assertFalse(connector.getOrDefault("schema.history.internal.file.filename", "").isBlank());
            }
            Map<String, ConfigValue> result = mysql
                    ? Configuration.from(connector).validate(MySqlConnectorConfig.ALL_FIELDS)
                    : Configuration.from(connector).validate(PostgresConnectorConfig.ALL_FIELDS);
            List<String> errors = new ArrayList<>();
            result.forEach((name, value) -> value.errorMessages().forEach(m -> errors.add(name + ": " + m)));
            assertEquals(List.of(), errors, "Debezium 3.6.1 rejects the no-Kafka settings of " + source);
        }
    }

    @Test
    void theIntakesWordsReachTheDesign() throws Exception {
        DesignResult.Generated pubSub = ExportFixtures.design(PG, "No Kafka is allowed; deliver to Google Pub/Sub, then BigQuery");
        assertEquals(NativeSink.PUBSUB, pubSub.input().requirements().nativeSink());
        Properties props = applicationProperties(new ConfigBundleBuilder().build(pubSub));
        assertEquals("pubsub", props.getProperty("debezium.sink.type"));
        assertTrue(pubSub.spec().decisions().stream().flatMap(x -> x.config().stream()).noneMatch(e -> KAFKA_SCOPES.contains(e.scope())));
        assertTrue(pubSub.topology().nodesOf(NodeKind.CONNECT_CLUSTER).isEmpty());

        DesignResult.Generated oracle = ExportFixtures.design("Oracle 19c, 2 TB, 3k TPS; we already own a GoldenGate licence", "Kafka to Snowflake");
        assertTrue(oracle.spec().decisions().stream().flatMap(x -> x.config().stream())
                .anyMatch(e -> e.key().equals("database.connection.adapter") && e.value().equals("xstream")));
    }

    @Test
    void withoutANativeSinkTheServerStillUsesItsKafkaSink() {
        DesignResult.Generated d = StatedInputs.design(StatedInputs.parse(PG, "Kafka to BigQuery; source captured by Debezium Server"));
        assertTrue(d.spec().decisions().stream().flatMap(x -> x.config().stream())
                .anyMatch(e -> e.key().equals("debezium.sink.type") && e.value().equals("kafka")));
        assertTrue(d.spec().decisions().stream().noneMatch(x -> x.id().startsWith("destination.")));
    }
}
