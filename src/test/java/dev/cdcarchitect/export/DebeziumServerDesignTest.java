package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.compare.DesignComparator;
import dev.cdcarchitect.compare.DesignDiff;
import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.edit.Variants;
import io.debezium.config.Configuration;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.postgresql.PostgresConnectorConfig;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.storage.internals.log.LogConfig;
import org.junit.jupiter.api.Test;

/** The "Debezium Server instead of Kafka Connect" variant: intake, rules, topology, runnable config, compare. */
class DebeziumServerDesignTest {

    private static final String PG = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch";
    private static final String SERVER = TARGET + "; source captured by Debezium Server";

    private static List<ConfigEntry> entries(DesignResult.Generated d, ConfigScope scope) {
        return d.spec().decisions().stream().flatMap(x -> x.config().stream()).filter(e -> e.scope() == scope).toList();
    }

    @Test
    void theIntakeReadsTheRuntimeFromEitherText() {
        assertEquals(CaptureRuntime.DEBEZIUM_SERVER, ExportFixtures.design(PG, SERVER).input().requirements().runtime());
        assertEquals(CaptureRuntime.DEBEZIUM_SERVER, ExportFixtures.design(PG + " Run it with debezium-server.", TARGET).input().requirements().runtime());
        assertEquals(CaptureRuntime.KAFKA_CONNECT, ExportFixtures.design(PG, TARGET).input().requirements().runtime());
        assertEquals(CaptureRuntime.KAFKA_CONNECT,
                ExportFixtures.design(PG, TARGET + "; Kafka Connect instead of Debezium Server").input().requirements().runtime());
        DesignResult.Generated cassandra = ExportFixtures.design("Cassandra 4.1, 6 nodes, 20k writes/s", SERVER);
        assertEquals(CaptureRuntime.KAFKA_CONNECT, cassandra.input().requirements().runtime());
        assertTrue(cassandra.input().inputWarnings().stream().anyMatch(w -> w.contains("Debezium Server does not run the Cassandra")));
    }

    @Test
    void theSpecDeploysOneServerAndDropsConnectOnlySettingsFromTheSource() {
        DesignResult.Generated d = ExportFixtures.design(PG, SERVER);
        assertTrue(d.spec().decisions().stream().anyMatch(x -> x.id().equals("engine.debezium-server")));
        assertTrue(d.spec().title().startsWith("PostgreSQL 14 -> Debezium Server -> Confluent"), d.spec().title());
        List<String> sourceKeys = entries(d, ConfigScope.SOURCE_CONNECTOR).stream().map(ConfigEntry::key).toList();
        assertFalse(sourceKeys.contains("tasks.max"), "tasks.max is a Connect setting");
        assertTrue(sourceKeys.stream().noneMatch(k -> k.startsWith("topic.creation.")), "topic creation is a Connect worker feature");
        assertTrue(sourceKeys.stream().noneMatch(k -> k.equals("producer.override.acks")), "producer settings go to the Kafka sink");
        Map<String, String> server = new HashMap<>();
        entries(d, ConfigScope.DEBEZIUM_SERVER).forEach(e -> server.put(e.key(), e.value()));
        assertEquals("kafka", server.get("debezium.sink.type"));
        assertEquals("all", server.get("debezium.sink.kafka.producer.acks"));
        assertEquals("true", server.get("debezium.sink.kafka.producer.enable.idempotence"));
        assertEquals("org.apache.kafka.connect.storage.KafkaOffsetBackingStore", server.get("debezium.source.offset.storage"));
        // The Connect cluster stays, for the sinks only: the worker count no longer includes the source task.
        assertTrue(d.spec().sizing().lines().stream().anyMatch(l -> l.formula().contains("0 source (it runs in Debezium Server)")));
        DesignResult.Generated connect = ExportFixtures.design(PG, TARGET);
        assertTrue(entries(connect, ConfigScope.SOURCE_CONNECTOR).stream().anyMatch(e -> e.key().equals("tasks.max")));
        assertTrue(entries(connect, ConfigScope.DEBEZIUM_SERVER).isEmpty());
    }

    @Test
    void exactlyOnceIsNotPromisedOnDebeziumServer() {
        DesignResult.Generated d = ExportFixtures.design(PG, SERVER + "; exactly-once required");
        assertEquals(DeliveryGuarantee.EXACTLY_ONCE, d.input().requirements().delivery(), "what the user asked for is kept");
        var semantics = d.spec().decisions().stream().filter(x -> x.id().equals("delivery.semantics")).findFirst().orElseThrow();
        assertTrue(semantics.title().startsWith("At-least-once"), semantics.title());
        assertTrue(semantics.warnings().stream().anyMatch(w -> w.contains("no exactly-once source support")));
        assertTrue(d.spec().decisions().stream().flatMap(x -> x.config().stream()).noneMatch(e -> e.key().startsWith("exactly.once")));
    }

    @Test
    void theDiagramShowsTheServerAndItsOffsetsTopic() {
        DesignResult.Generated d = ExportFixtures.design(PG, SERVER);
        assertEquals(1, d.topology().nodesOf(NodeKind.DEBEZIUM_SERVER).size());
        assertEquals(1, d.topology().nodesOf(NodeKind.OFFSETS_TOPIC).size());
        List<TopologyEdge> runsOn = d.topology().edges().stream().filter(e -> e.kind() == EdgeKind.RUNS_ON && e.from().equals("source-connector")).toList();
        assertEquals(1, runsOn.size());
        assertEquals("debezium-server", runsOn.get(0).to(), "the source runs in Debezium Server, not on Connect");
        assertTrue(ExportFixtures.design(PG, TARGET).topology().nodesOf(NodeKind.DEBEZIUM_SERVER).isEmpty());
    }

    @Test
    void theConfigFolderHasApplicationPropertiesThatDebeziumAccepts() throws Exception {
        for (String source : List.of(PG, "MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS, 300 tables")) {
            DesignResult.Generated d = ExportFixtures.design(source, SERVER);
            ConfigBundle bundle = new ConfigBundleBuilder().build(d);
            String text = bundle.files().get("debezium-server/application.properties");
            assertNotNull(text, "application.properties for " + source);
            assertTrue(bundle.files().keySet().stream().noneMatch(f -> f.startsWith("connect/") && f.contains("-source")),
                    "no Kafka Connect REST body for a source that runs in Debezium Server: " + bundle.files().keySet());
            assertTrue(bundle.files().keySet().stream().anyMatch(f -> f.startsWith("connect/") && f.contains("snowflake")), "sinks stay");
            Properties props = new Properties();
            props.load(new StringReader(text));
            assertFalse(text.contains("${file:") || text.contains("${env:"), "Kafka config providers are a Connect worker feature");
            Map<String, String> connector = new HashMap<>();
            for (String key : props.stringPropertyNames()) {
                if (key.startsWith("debezium.source.") && !key.startsWith("debezium.source.offset.") && !key.equals("debezium.source.bootstrap.servers")) {
                    connector.put(key.substring("debezium.source.".length()), props.getProperty(key));
                }
            }
            String connectorClass = connector.get("connector.class");
            Map<String, ConfigValue> result = connectorClass.contains("postgresql")
                    ? Configuration.from(connector).validate(PostgresConnectorConfig.ALL_FIELDS)
                    : Configuration.from(connector).validate(MySqlConnectorConfig.ALL_FIELDS);
            List<String> errors = new ArrayList<>();
            result.forEach((name, value) -> value.errorMessages().forEach(m -> errors.add(name + ": " + m)));
            assertEquals(List.of(), errors, "Debezium 3.6.1 rejects the Debezium Server source settings of " + source);

            JsonNode topics = new ObjectMapper().readTree(bundle.files().get("topics.json"));
            JsonNode offsets = null;
            for (JsonNode t : topics) {
                if (t.get("name").asText().equals(props.getProperty("debezium.source.offset.storage.topic"))) offsets = t;
            }
            assertNotNull(offsets, "the server's offsets topic is created with the others");
            Map<String, String> offsetConfigs = new HashMap<>();
            offsets.get("configs").fields().forEachRemaining(e -> offsetConfigs.put(e.getKey(), e.getValue().asText()));
            assertEquals("compact", offsetConfigs.get("cleanup.policy"));
            LogConfig.validate(offsetConfigs);

            String readme = bundle.files().get("README.md");
            Matcher vars = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(text);
            while (vars.find()) assertTrue(readme.contains("`" + vars.group(1) + "`"), "README names " + vars.group(1));
        }
    }

    @Test
    void theVariantSwitchesTheRuntimeBothWaysAndTheComparisonShowsIt() {
        ProjectDesign base = ProjectDesign.of("baseline", PG, TARGET);
        ProjectDesign server = Variants.debeziumServer(base, "server", true);
        ProjectDesign back = Variants.debeziumServer(server, "back", false);
        assertEquals(TARGET, back.targetText());
        DesignResult.Generated a = ExportFixtures.design(base.sourceText(), base.targetText());
        DesignResult.Generated b = ExportFixtures.design(server.sourceText(), server.targetText());
        assertEquals(CaptureRuntime.DEBEZIUM_SERVER, b.input().requirements().runtime());
        DesignDiff diff = new DesignComparator().compare("baseline", a, "server", b);
        DesignDiff.Row runtime = diff.metrics().stream().filter(r -> r.label().equals("Source runs on")).findFirst().orElseThrow();
        assertEquals("Kafka Connect", runtime.a());
        assertEquals("Debezium Server", runtime.b());
        assertTrue(runtime.differs());
        assertTrue(diff.sections().stream().flatMap(s -> s.changes().stream())
                .anyMatch(c -> c.kind() == DesignDiff.Kind.ADDED && c.id().equals("engine.debezium-server")));
    }
}
