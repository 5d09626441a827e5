package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rules.GoldenDesigns;
import io.debezium.config.Configuration;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.postgresql.PostgresConnectorConfig;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.storage.internals.log.LogConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported configuration of every golden design, checked by the real engines: Debezium 3.6.1's own field
 * validation for the connectors whose artifacts are on the test classpath (PostgreSQL, MySQL/MariaDB), Kafka's
 * LogConfig for every topic, and the invariants a platform team checks by hand.
 */
class ConfigValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    static Stream<GoldenDesigns.Case> designs() {
        return GoldenDesigns.ALL.stream();
    }

    private static ConfigBundle bundle(GoldenDesigns.Case c) {
        return new ConfigBundleBuilder().build(ExportFixtures.design(c));
    }

    private static List<JsonNode> connectors(ConfigBundle bundle) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, String> f : bundle.files().entrySet()) {
            if (f.getKey().startsWith("connect/")) out.add(JSON.readTree(f.getValue()));
        }
        return out;
    }

    private static Map<String, String> config(JsonNode connector) {
        Map<String, String> map = new HashMap<>();
        connector.get("config").fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void connectorsAreInConnectRestForm(GoldenDesigns.Case c) throws Exception {
        ConfigBundle bundle = bundle(c);
        List<JsonNode> connectors = connectors(bundle);
        assertFalse(connectors.isEmpty(), "at least one connector");
        for (JsonNode connector : connectors) {
            assertTrue(connector.get("name").isTextual(), "name");
            assertTrue(connector.get("config").isObject(), "config object");
            assertTrue(connector.get("config").has("connector.class"), "connector.class in " + connector.get("name"));
            assertTrue(bundle.files().containsKey("connect/" + connector.get("name").asText() + ".json"), "file named after the connector");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void debeziumAcceptsTheSourceConnectorConfig(GoldenDesigns.Case c) throws Exception {
        int validated = 0;
        for (JsonNode connector : connectors(bundle(c))) {
            Map<String, String> config = config(connector);
            String connectorClass = config.get("connector.class");
            Map<String, ConfigValue> result;
            if (connectorClass.equals("io.debezium.connector.postgresql.PostgresConnector")) {
                result = Configuration.from(config).validate(PostgresConnectorConfig.ALL_FIELDS);
            } else if (connectorClass.equals("io.debezium.connector.mysql.MySqlConnector")) {
                result = Configuration.from(config).validate(MySqlConnectorConfig.ALL_FIELDS);
            } else if (connectorClass.equals("io.debezium.connector.mariadb.MariaDbConnector")) {
                continue; // the MariaDB connector artifact is not on the test classpath
            } else {
                continue; // sinks and other engines: no offline validator available here
            }
            List<String> errors = new ArrayList<>();
            result.forEach((name, value) -> value.errorMessages().forEach(m -> errors.add(name + ": " + m)));
            assertEquals(List.of(), errors, "Debezium rejects " + connector.get("name"));
            validated++;
        }
        if (c.name().startsWith("postgres") || c.name().startsWith("mysql")) {
            assertEquals(1, validated, "the source connector of " + c.name() + " was validated");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void kafkaAcceptsEveryTopicConfig(GoldenDesigns.Case c) throws Exception {
        JsonNode topics = JSON.readTree(bundle(c).files().get("topics.json"));
        assertTrue(topics.isArray() && !topics.isEmpty(), "topics listed");
        for (JsonNode topic : topics) {
            String name = topic.get("name").asText();
            assertTrue(TOPIC_NAME.matcher(name).matches() && !name.equals(".") && !name.equals(".."), "valid Kafka topic name: " + name);
            int partitions = topic.get("partitions").asInt();
            int rf = topic.get("replicationFactor").asInt();
            assertTrue(partitions >= 1, name + " partitions");
            assertTrue(rf >= 1, name + " replication factor");
            Map<String, String> configs = new HashMap<>();
            topic.get("configs").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
            try {
                LogConfig.validate(configs);
            } catch (RuntimeException e) {
                fail("Kafka rejects the configs of " + name + ": " + e.getMessage());
            }
            if (configs.containsKey("min.insync.replicas")) {
                assertTrue(Integer.parseInt(configs.get("min.insync.replicas")) < rf, name + ": min.insync.replicas below the replication factor");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyTopicTheDesignNeedsIsListed(GoldenDesigns.Case c) throws Exception {
        ConfigBundle bundle = bundle(c);
        List<String> names = new ArrayList<>();
        JSON.readTree(bundle.files().get("topics.json")).forEach(t -> names.add(t.get("name").asText()));
        for (JsonNode connector : connectors(bundle)) {
            Map<String, String> config = config(connector);
            for (String key : List.of("errors.deadletterqueue.topic.name", "schema.history.internal.kafka.topic", "signal.kafka.topic")) {
                if (config.containsKey(key)) assertTrue(names.contains(config.get(key)), c.name() + ": " + key + " " + config.get(key) + " listed");
            }
        }
        if (bundle.files().get("worker.properties").contains("offset.storage.topic")) {
            Properties worker = new Properties();
            worker.load(new StringReader(bundle.files().get("worker.properties")));
            for (String key : List.of("offset.storage.topic", "config.storage.topic", "status.storage.topic")) {
                assertTrue(names.contains(worker.getProperty(key)), key + " listed");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void noSinkReadsItsOwnDeadLetterTopic(GoldenDesigns.Case c) throws Exception {
        for (JsonNode connector : connectors(bundle(c))) {
            Map<String, String> config = config(connector);
            String dlq = config.get("errors.deadletterqueue.topic.name");
            if (dlq == null) continue;
            assertEquals("all", config.get("errors.tolerance"), connector.get("name") + " tolerates errors into its DLQ");
            if (config.containsKey("topics")) assertFalse(List.of(config.get("topics").split(",")).contains(dlq), "topics list has the DLQ");
            if (config.containsKey("topics.regex")) {
                assertFalse(Pattern.compile(config.get("topics.regex")).matcher(dlq).matches(), connector.get("name") + " regex matches its DLQ " + dlq);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void secretsAreNeverValues(GoldenDesigns.Case c) {
        for (Map.Entry<String, String> file : bundle(c).files().entrySet()) {
            for (String line : file.getValue().split("\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                boolean secretKey = lower.matches(".*\"?[a-z._]*(password|private\\.key|secret|api\\.key|token)\"?\\s*[:=].*");
                if (secretKey && !lower.contains("${file:") && !lower.contains("${env:")) {
                    fail(file.getKey() + ": a secret given as a value: " + line);
                }
            }
        }
    }

    /** The KafkaConnectors carry exactly the settings of the REST bodies; only secret and placeholder references differ in form. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void kafkaConnectorsCarryTheSameSettingsAsTheRestBodies(GoldenDesigns.Case c) throws Exception {
        Map<String, byte[]> folder = new DesignExporter().render(ExportFixtures.design(c), ExportFormat.CONFIGS, "", ExportFixtures.A4);
        YAMLMapper yaml = new YAMLMapper();
        int connectors = 0;
        for (Map.Entry<String, byte[]> f : folder.entrySet()) {
            if (!f.getKey().startsWith("kubernetes/50-kafkaconnector-")) continue;
            connectors++;
            JsonNode resource = yaml.readTree(f.getValue());
            Map<String, String> rest = config(JSON.readTree(folder.get("connect/" + resource.get("metadata").get("name").asText() + ".json")));
            JsonNode spec = resource.get("spec");
            assertEquals(rest.remove("connector.class"), spec.get("class").asText());
            assertEquals(rest.remove("tasks.max"), spec.get("tasksMax").asText());
            Map<String, String> manifest = new HashMap<>();
            spec.get("config").fields().forEachRemaining(e -> manifest.put(e.getKey(), e.getValue().asText()));
            assertEquals(rest.keySet(), manifest.keySet(), f.getKey());
            rest.forEach((k, v) -> {
                String expected = v.replaceAll("\\$\\{file:[^}]+}", "SECRET").replaceAll("\\$\\{env:[^}]+}", "SETTING");
                String actual = manifest.get(k).replaceAll("\\$\\{secrets:[^}]+}", "SECRET").replaceAll("\\$\\{configmaps:[^}]+}", "SETTING");
                assertEquals(expected, actual, f.getKey() + " " + k);
            });
        }
        assertEquals(connectors(bundle(c)).size(), connectors);
    }
}
