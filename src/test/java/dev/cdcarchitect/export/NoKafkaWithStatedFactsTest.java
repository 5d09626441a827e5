package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rules.FactsFixture;
import dev.cdcarchitect.rules.StatedInputs;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The merge of the two lines of work: facts that drive Kafka-side features in a Kafka design (hot tables, consumer
 * applications, downstream exactly-once, per-sink freshness, large transactions, named objects) must not bring Kafka
 * back into a design where Kafka is ruled out.
 */
class NoKafkaWithStatedFactsTest {

    private static final String PG = "PostgreSQL 14, 2 TB, 3k TPS, 40 tables, GDPR applies to customer data";
    private static final String TARGETS = "BigQuery and Snowflake";

    private static final Set<ConfigScope> KAFKA_SCOPES = EnumSet.of(ConfigScope.WORKER, ConfigScope.TOPIC, ConfigScope.SINK_CONNECTOR,
            ConfigScope.SCHEMA_REGISTRY, ConfigScope.CONSUMER);
    private static final Set<NodeKind> KAFKA_NODES = EnumSet.of(NodeKind.CONNECT_CLUSTER, NodeKind.DATA_TOPIC, NodeKind.TOPIC_GROUP,
            NodeKind.SCHEMA_REGISTRY, NodeKind.CONSUMER_GROUP, NodeKind.SINK_CONNECTOR, NodeKind.DLQ_TOPIC, NodeKind.HEARTBEAT_TOPIC,
            NodeKind.SIGNAL_TOPIC, NodeKind.SCHEMA_HISTORY_TOPIC, NodeKind.TRANSACTION_TOPIC, NodeKind.CONNECT_INTERNAL_TOPIC,
            NodeKind.OFFSETS_TOPIC);
    /** Kafka-only words, plus the settings main's new features write: group.id, processing.guarantee, consumer lag. */
    private static final Pattern KAFKA_PROSE = Pattern.compile("Kafka|bootstrap|topic\\.creation|min\\.insync|MirrorMaker|acks=all"
            + "|connect-distributed|config provider|group\\.id|processing\\.guarantee|isolation\\.level|consumer lag");

    /** Every feature main added that has a Kafka-side form, stated at once, with Kafka ruled out. */
    private static DesignResult.Generated everything(NativeSink sink) {
        return StatedInputs.of(PG, TARGETS)
                .hotTable("orders", 0.7, 1_200_000_000_000L)
                .consumerApplications(40)
                .downstreamExactlyOnce("Kafka Streams exactly_once_v2")
                .freshness(TargetKind.SNOWFLAKE, 15 * 60_000L)
                .largeTransactions()
                .noKafka(sink)
                .design();
    }

    private static void assertNoKafka(DesignResult.Generated d) throws Exception {
        assertTrue(d.input().requirements().noKafka());
        List<String> problems = new ArrayList<>();
        for (Decision x : d.spec().decisions()) {
            for (ConfigEntry e : x.config()) {
                if (KAFKA_SCOPES.contains(e.scope())) problems.add(x.id() + ": Kafka-side setting " + e);
                if (e.key().contains("bootstrap.servers") || e.key().contains(".kafka.") || e.key().startsWith("kafka.")
                        || e.key().startsWith("producer.override.") || e.key().startsWith("consumer.override.")
                        || e.key().equals("group.id") || e.key().equals("processing.guarantee")) problems.add(x.id() + ": Kafka setting " + e);
            }
            if (x.id().matches("(kafka|connect|consumers|sink)\\..*")) problems.add("Kafka decision " + x.id());
            String prose = allowed(String.join(" ", x.title(), x.statement(), x.rationale(), String.join(" ", x.warnings())));
            Matcher kafka = KAFKA_PROSE.matcher(prose);
            if (kafka.find()) problems.add(x.id() + " speaks of Kafka (" + kafka.group() + "): " + prose);
        }
        for (TopologyNode n : d.topology().nodes()) if (KAFKA_NODES.contains(n.kind())) problems.add("Kafka node " + n);
        for (SizingLine line : d.spec().sizing().lines()) {
            if (line.label().contains("Kafka") || line.label().contains("Partitions") || line.label().contains("consumer")
                    || line.label().contains("Consumer") || line.label().contains("Broker")) problems.add("Kafka sizing line " + line);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(d.spec().sizing().hotTopics().isEmpty(), "no hot-table topics without Kafka");
        ConfigBundle bundle = new ConfigBundleBuilder().build(d);
        assertEquals(Set.of("debezium-server/application.properties", "README.md"), bundle.files().keySet());
        String text = bundle.files().get("debezium-server/application.properties");
        assertNotNull(text);
        Properties props = new Properties();
        props.load(new StringReader(text));
        for (String key : props.stringPropertyNames()) {
            assertFalse(key.contains("bootstrap.servers") || key.contains(".kafka.") || key.contains("group.id"), key);
        }
        assertFalse(text.contains("bootstrap.servers"), text);
        String markdown = new MarkdownSpecWriter().write(d.spec());
        Matcher kafka = Pattern.compile("bootstrap\\.servers|Kafka Connect|group\\.id|processing\\.guarantee|read_committed").matcher(markdown);
        assertFalse(kafka.find(), () -> "the Markdown speaks of Kafka: " + kafka.group());
    }

    /** Saying Kafka is not there is fine. */
    private static String allowed(String prose) {
        return prose.replace("(stated: Kafka Streams exactly_once_v2)", "")
                .replaceAll("Kafka (is|was) ruled out|[Ww]ithout Kafka|[Nn]o Kafka|Kafka-only|a Kafka topic, which this design does not have", "");
    }

    @Test
    void pubSubWithFortyConsumerApplicationsHasNoConsumerGroupsAndNoBootstrapServers() throws Exception {
        DesignResult.Generated d = StatedInputs.of(PG, TARGETS).consumerApplications(40).noKafka(NativeSink.PUBSUB).design();
        assertNoKafka(d);
        assertTrue(d.topology().nodesOf(NodeKind.CONSUMER_GROUP).isEmpty());
        assertFalse(d.spec().decisions().stream().anyMatch(x -> x.id().equals("consumers.groups")));
    }

    @ParameterizedTest
    @EnumSource(NativeSink.class)
    void hotTablesFanOutDownstreamExactlyOnceFreshnessAndLargeTransactionsStayOffKafka(NativeSink sink) throws Exception {
        DesignResult.Generated d = everything(sink);
        assertNoKafka(d);
        String name = sink.displayName();
        // Main's features survive, reworded for the destination rather than dropped.
        assertTrue(decision(d, "delivery.downstream-exactly-once").title().contains(name));
        assertTrue(decision(d, "transactions.large").title().contains(name));
        if (sink == NativeSink.KINESIS) {
            // The hot table gets the destination node the shards were sized for (70% of the changes, not the assumed 40%).
            TopologyNode hot = d.topology().nodes().stream().filter(n -> n.id().equals("destination-hot")).findFirst().orElseThrow();
            assertEquals("Amazon Kinesis: app.public.orders", hot.label());
            SizingLine shards = d.spec().sizing().lines().stream().filter(l -> l.id().equals("sizing.destination")).findFirst().orElseThrow();
            String hotRecords = Units.grouped(d.spec().sizing().eventsPerSecond() * 0.7) + " records/s";
            assertTrue(shards.formula().contains(hotRecords), hotRecords + " in " + shards.formula());
            assertEquals(Integer.parseInt(shards.value()), hot.partitions());
        }
        assertTrue(decision(d, "failure.monitoring").statement().contains("Snowflake's consumer backlog age above 3.8 min (25% of its 15 min"),
                decision(d, "failure.monitoring").statement());
        assertFalse(d.spec().decisions().stream().anyMatch(x -> x.id().equals("delivery.downstream-exactly-once")
                && x.config().stream().anyMatch(e -> e.key().equals("processing.guarantee"))));
    }

    private static Decision decision(DesignResult.Generated d, String id) {
        return d.spec().decisions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void truncatesKeyUpdatesAndKeylessTablesAreWordedForTheDestination() throws Exception {
        DesignInput named = FactsFixture.facts().table("orders", ObjectRole.CAPTURED).table("audit_log", ObjectRole.CAPTURED, ObjectRole.KEYLESS)
                .truncates().primaryKeyUpdates().on("MySQL 8.0, 500 GB, 2k TPS", "BigQuery");
        DesignResult.Generated d = StatedInputs.design(StatedInputs.noKafka(named, NativeSink.KINESIS));
        assertNoKafka(d);
        assertTrue(decision(d, "source.truncates").statement().contains("destination in Amazon Kinesis"),
                decision(d, "source.truncates").statement());
        assertTrue(decision(d, "source.primary-key-updates").rationale().contains("ordered separately in Amazon Kinesis"));
        assertTrue(decision(d, "source.keyless-tables").rationale().contains("Amazon Kinesis then has no key"));
        Map<String, String> source = FactsFixture.settings(d.spec(), ConfigScope.SOURCE_CONNECTOR);
        assertEquals("none", source.get("skipped.operations"));
        assertTrue(source.get("message.key.columns").contains("audit_log"), source.toString());
    }

    @Test
    void theStatedSignalAndScopeWithoutKafkaStillComeFromTheNamedObjects() throws Exception {
        // SQL Server databases and a sensitive column named, Kafka ruled out: the named objects still drive the connector.
        DesignInput named = FactsFixture.facts().database("sales").database("billing").table("orders", ObjectRole.CAPTURED)
                .column("customers.ssn", ObjectRole.SENSITIVE).on("SQL Server 2019, 2 TB, 2k TPS", "BigQuery");
        DesignResult.Generated d = StatedInputs.design(StatedInputs.noKafka(named, NativeSink.PUBSUB));
        assertNoKafka(d);
        Map<String, String> source = FactsFixture.settings(d.spec(), ConfigScope.SOURCE_CONNECTOR);
        assertEquals("sales,billing", source.get("database.names"));
        assertEquals("dbo\\.orders", source.get("table.include.list"));
        assertEquals("dbo\\.customers\\.ssn", source.get("column.exclude.list"));
        assertEquals("source", source.get("signal.enabled.channels"));
        assertEquals("sales.dbo.debezium_signal", source.get("signal.data.collection"));
        assertFalse(source.containsKey("tasks.max"), "Debezium Server runs one task");
        Decision compliance = d.spec().decisions().stream().filter(x -> x.id().equals("compliance.personal-data")).findFirst().orElseThrow();
        assertTrue(compliance.statement().startsWith("Keep dbo.customers.ssn at the source"), compliance.statement());
        assertTrue(compliance.statement().contains("before data reaches Google Cloud Pub/Sub")
                || compliance.statement().contains("before data reaches Pub/Sub"), compliance.statement());
        List<String> ids = d.spec().decisions().stream().map(Decision::id).toList();
        assertTrue(ids.contains("destination.ordering"), ids.toString());
    }
}
