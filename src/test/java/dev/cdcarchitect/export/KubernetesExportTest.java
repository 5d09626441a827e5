package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rules.GoldenDesigns;
import io.strimzi.api.kafka.model.connect.KafkaConnect;
import io.strimzi.api.kafka.model.connector.KafkaConnector;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests of every golden design (issue 18), checked by the operators' own models: Strimzi 0.51.0's
 * Java API with Jackson failing on unknown properties, and the v1 schema of Strimzi's published CRDs.
 */
class KubernetesExportTest {

    static final String DIR = "kubernetes/";
    static final ObjectMapper STRICT = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final YAMLMapper YAML = new YAMLMapper();

    static Stream<GoldenDesigns.Case> designs() {
        return GoldenDesigns.ALL.stream();
    }

    /** The configs folder of a design, as text by path. */
    static Map<String, String> folder(DesignResult.Generated design) {
        Map<String, String> out = new LinkedHashMap<>();
        new DesignExporter().render(design, ExportFormat.CONFIGS, "", ExportFixtures.A4)
                .forEach((name, bytes) -> out.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return out;
    }

    static List<JsonNode> manifests(Map<String, String> folder) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, String> f : folder.entrySet()) {
            if (f.getKey().startsWith(DIR) && f.getKey().endsWith(".yaml")) out.add(YAML.readTree(f.getValue()));
        }
        return out;
    }

    static List<JsonNode> ofKind(List<JsonNode> manifests, String kind) {
        return manifests.stream().filter(m -> m.path("kind").asText().equals(kind)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void noV1beta2IsLeftAnywhereInTheExport(GoldenDesigns.Case c) {
        folder(ExportFixtures.design(c)).forEach((path, text) -> assertFalse(text.contains("v1beta2"), path + " names v1beta2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void strimziResourcesParseWithStrimzisModelAndFitTheV1Crds(GoldenDesigns.Case c) throws Exception {
        Map<String, String> folder = folder(ExportFixtures.design(c));
        List<JsonNode> manifests = manifests(folder);
        Map<String, Class<?>> models = Map.of("KafkaConnect", KafkaConnect.class, "KafkaConnector", KafkaConnector.class, "KafkaTopic", KafkaTopic.class);
        Map<String, CrdSchemaValidator> crds = Map.of(
                "KafkaConnect", CrdSchemaValidator.of("strimzi-0.51.0-041-Crd-kafkaconnect.yaml", "v1"),
                "KafkaConnector", CrdSchemaValidator.of("strimzi-0.51.0-047-Crd-kafkaconnector.yaml", "v1"),
                "KafkaTopic", CrdSchemaValidator.of("strimzi-0.51.0-043-Crd-kafkatopic.yaml", "v1"));
        int strimzi = 0;
        for (JsonNode m : manifests) {
            String kind = m.path("kind").asText();
            if (!models.containsKey(kind)) continue;
            strimzi++;
            assertEquals("kafka.strimzi.io/v1", m.path("apiVersion").asText(), kind + " " + m.path("metadata").path("name"));
            STRICT.treeToValue(m, models.get(kind)); // throws on any field the model does not know
            assertEquals(List.of(), crds.get(kind).violations(m), kind + " " + m.path("metadata").path("name").asText());
        }
        assertEquals(1, ofKind(manifests, "KafkaConnect").size(), "one KafkaConnect: " + folder.keySet());
        assertEquals(folder.keySet().stream().filter(p -> p.startsWith("connect/")).count(), ofKind(manifests, "KafkaConnector").size(),
                "one KafkaConnector per connector");
        assertTrue(strimzi > 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void topicsAreKafkaTopicsOnlyWhereStrimzisTopicOperatorRuns(GoldenDesigns.Case c) throws Exception {
        DesignResult.Generated design = ExportFixtures.design(c);
        Map<String, String> folder = folder(design);
        List<JsonNode> topics = ofKind(manifests(folder), "KafkaTopic");
        boolean strimzi = design.input().platform() == dev.cdcarchitect.domain.KafkaPlatform.STRIMZI;
        if (strimzi) {
            assertEquals(YAML.readTree(folder.get("topics.json")).size(), topics.size(), "a KafkaTopic per topic");
        } else {
            assertEquals(List.of(), topics, design.input().platform() + " runs no topic operator");
            assertTrue(folder.get(DIR + "README.md").contains("## Topics"), "the README lists the topics in the platform's own form");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void labelsAndAnnotationsAreStringsAsKubernetesRequires(GoldenDesigns.Case c) throws Exception {
        for (JsonNode m : manifests(folder(ExportFixtures.design(c)))) {
            for (String field : List.of("labels", "annotations")) {
                m.path("metadata").path(field).fields().forEachRemaining(e -> assertTrue(e.getValue().isTextual(),
                        m.path("kind").asText() + " " + field + "." + e.getKey() + " is " + e.getValue().getNodeType()));
            }
        }
    }

    /** Every plugin the image build downloads names the exact release: Maven Central layout for that version, pinned zips. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void buildPluginsAreExactResolvableCoordinates(GoldenDesigns.Case c) throws Exception {
        Map<String, String> folder = folder(ExportFixtures.design(c));
        JsonNode build = ofKind(manifests(folder), "KafkaConnect").get(0).path("spec").path("build");
        // The Debezium release the export's connector settings are validated against in ConfigValidationTest.
        String debezium = io.debezium.connector.postgresql.Module.version();
        int debeziumArchives = 0;
        for (JsonNode plugin : build.path("plugins")) {
            for (JsonNode a : plugin.path("artifacts")) {
                if (a.path("type").asText().equals("maven")) {
                    assertTrue(a.path("group").asText().matches("[a-z][a-z0-9_.-]*") && a.path("artifact").asText().matches("[a-z][a-z0-9_.-]*")
                            && a.path("version").asText().matches("[0-9][0-9A-Za-z.-]*"), "a Maven coordinate: " + a);
                    continue;
                }
                String url = a.path("url").asText();
                assertFalse(url.contains("latest") || url.contains("SNAPSHOT"), "pinned: " + url);
                if (url.startsWith("https://repo1.maven.org/maven2/")) {
                    String[] p = url.substring("https://repo1.maven.org/maven2/".length()).split("/");
                    String group = String.join(".", java.util.Arrays.copyOfRange(p, 0, p.length - 3));
                    String artifact = p[p.length - 3];
                    String version = p[p.length - 2];
                    assertEquals(artifact + "-" + version + "-plugin.tar.gz", p[p.length - 1], "Maven Central layout: " + url);
                    if (group.equals("io.debezium")) {
                        assertEquals(debezium, version, url);
                        debeziumArchives++;
                    }
                }
            }
        }
        long debeziumConnectors = folder.entrySet().stream().filter(f -> f.getKey().startsWith("connect/"))
                .filter(f -> f.getValue().contains("\"io.debezium.connector.")).count();
        if (debeziumConnectors > 0) assertTrue(debeziumArchives > 0, "the Debezium connectors' archive is built in: " + build);
    }

    /** Every class the worker and the connectors name comes from a plugin in the build, Kafka itself, or the README's worker libraries. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyClassTheConnectorsNameIsInTheImage(GoldenDesigns.Case c) throws Exception {
        Map<String, String> folder = folder(ExportFixtures.design(c));
        List<String> values = new ArrayList<>();
        folder.forEach((path, text) -> {
            if (path.startsWith("connect/") || path.equals("worker.properties")) values.add(text);
        });
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*").matcher(String.join("\n", values));
        String connect = folder.entrySet().stream().filter(f -> f.getKey().startsWith(DIR + "30-kafkaconnect-")).findFirst().orElseThrow().getValue();
        String readme = folder.get(DIR + "README.md");
        while (m.find()) {
            String cls = m.group();
            if (cls.startsWith("org.apache.kafka.")) continue;
            String expected = switch (cls.substring(0, cls.indexOf('.', cls.indexOf('.') + 1))) {
                case "io.debezium" -> "debezium-";
                case "io.confluent" -> cls.contains(".avro.") || cls.contains(".serializers.") ? "kafka-connect-avro-converter"
                        : cls.contains(".protobuf.") ? "kafka-connect-protobuf-converter" : "kafka-connect-";
                case "com.snowflake" -> "snowflake-kafka-connector";
                case "software.amazon" -> null;
                default -> "name: ";
            };
            if (expected == null) assertTrue(readme.contains("aws-msk-iam-auth"), "the README names the worker library for " + cls);
            else assertTrue(connect.contains(expected), cls + " needs a plugin (" + expected + ") in the build");
        }
    }

    @org.junit.jupiter.api.Test
    void theSnowflakeConnectorIsPinnedToTheReleaseTheDesignCites() throws Exception {
        DesignResult.Generated seed = ExportFixtures.seed();
        String version = dev.cdcarchitect.rules.sink.SnowflakeSink.CONNECTOR_VERSION;
        assertTrue(version.startsWith("3."), "the design sets snowflake.ingestion.method, a 3.x setting");
        String spec = seed.spec().sections().stream().flatMap(s -> s.decisions().stream())
                .filter(d -> d.statement().contains("Snowflake Kafka connector")).map(d -> d.statement() + " " + d.warnings()).findFirst().orElseThrow();
        assertTrue(spec.contains("connector " + version), spec);
        String connect = folder(seed).entrySet().stream().filter(f -> f.getKey().startsWith(DIR + "30-kafkaconnect-")).findFirst().orElseThrow().getValue();
        assertTrue(connect.contains("artifact: snowflake-kafka-connector\n        version: " + version), connect);
    }

    @org.junit.jupiter.api.Test
    void debeziumServerDesignsGetTheOperatorsResourceThatFitsItsCrd() throws Exception {
        String pg = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
        DesignResult.Generated server = ExportFixtures.design(pg,
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch; source captured by Debezium Server");
        DesignResult.Generated noKafka = dev.cdcarchitect.rules.StatedInputs.design(dev.cdcarchitect.rules.StatedInputs.noKafka(
                dev.cdcarchitect.rules.StatedInputs.parse(pg, "Snowflake"), dev.cdcarchitect.domain.NativeSink.PUBSUB));
        CrdSchemaValidator crd = CrdSchemaValidator.of("debezium-operator-3.6.1.Final-debeziumservers.debezium.io-v1.yml", "v1alpha1");
        for (DesignResult.Generated design : List.of(server, noKafka)) {
            Map<String, String> folder = folder(design);
            List<JsonNode> servers = ofKind(manifests(folder), "DebeziumServer");
            assertEquals(1, servers.size(), folder.keySet().toString());
            JsonNode s = servers.get(0);
            assertEquals("debezium.io/v1alpha1", s.path("apiVersion").asText());
            assertEquals(List.of(), crd.violations(s));
            // The operator writes these back as debezium.source.* / offset.storage: the plain file's settings, none lost.
            String properties = folder.get("debezium-server/application.properties");
            assertEquals(properties.lines().filter(l -> l.startsWith("debezium.source.")).count(),
                    s.path("spec").path("source").path("config").size() + 1 /* class */ + count(s.path("spec").path("source").path("offset"))
                            + count(s.path("spec").path("source").path("schemaHistory")), "every source setting is carried over");
            JsonNode secretRef = s.path("spec").path("runtime").path("environment").path("from").get(0).path("secretRef");
            String secret = folder.get(DIR + "10-secret-" + secretRef.path("name").asText() + ".yaml");
            for (String variable : properties.split("\\$\\{")) {
                if (variable.matches("(?s)[A-Za-z0-9_]+}.*")) assertTrue(secret.contains(variable.substring(0, variable.indexOf('}')) + ": \"\""), variable);
            }
        }
        assertEquals(1, ofKind(manifests(folder(server)), "KafkaConnect").size(), "the sinks still run on Kafka Connect");
        assertEquals(0, ofKind(manifests(folder(noKafka)), "KafkaConnect").size(), "no Kafka, no Connect");
    }

    /** Settings an offset or history store writes back: the store type, its config and the flush interval. */
    private static int count(JsonNode storeOwner) {
        if (storeOwner.isMissingNode()) return 0;
        JsonNode store = storeOwner.path("store");
        return (storeOwner.has("flushMs") ? 1 : 0) + (store.isMissingNode() ? 0 : 1 + store.path("config").size());
    }

    @org.junit.jupiter.api.Test
    void theKubernetesFormatWritesTheSameManifestsAsTheConfigsFolder() {
        DesignResult.Generated seed = ExportFixtures.seed();
        Map<String, byte[]> alone = new DesignExporter().render(seed, ExportFormat.KUBERNETES, "", ExportFixtures.A4);
        Map<String, byte[]> inConfigs = new DesignExporter().render(seed, ExportFormat.CONFIGS, "", ExportFixtures.A4);
        assertFalse(alone.isEmpty());
        alone.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, inConfigs.get(DIR + name)), name));
        assertEquals(alone.size(), inConfigs.keySet().stream().filter(n -> n.startsWith(DIR)).count());
        assertTrue(ExportFormat.KUBERNETES.isFolder());
    }

    /** The rehearsal reads the plain Connect JSON of the same export; the manifests beside it change nothing there. */
    @org.junit.jupiter.api.Test
    void theRehearsalStillReadsThePlainConnectJsonOfTheSameExport() {
        Map<String, String> texts = folder(ExportFixtures.seed());
        dev.cdcarchitect.export.configs.ConfigBundle bundle = new dev.cdcarchitect.export.configs.ConfigBundle(texts);
        List<dev.cdcarchitect.export.configs.ConnectorConfig> connectors = dev.cdcarchitect.export.configs.ExportedConfigs.connectors(bundle);
        assertEquals(3, connectors.size(), connectors.toString());
        assertTrue(connectors.stream().anyMatch(dev.cdcarchitect.export.configs.ConnectorConfig::source));
        assertTrue(connectors.get(0).config().values().stream().noneMatch(v -> v.contains("${secrets:")), "plain files keep their own references");
    }

    /** The schema check is what catches fields v1 removed, which Strimzi's multi-version model still parses. */
    @org.junit.jupiter.api.Test
    void theV1SchemaCheckRejectsWhatV1RemovedAndWhatItRequires() throws Exception {
        CrdSchemaValidator connector = CrdSchemaValidator.of("strimzi-0.51.0-047-Crd-kafkaconnector.yaml", "v1");
        JsonNode paused = YAML.readTree("apiVersion: kafka.strimzi.io/v1\nkind: KafkaConnector\nmetadata: {name: a}\nspec: {class: X, tasksMax: 0, pause: true}\n");
        assertEquals(List.of(".spec.tasksMax: 0 is below the minimum 1", ".spec.pause: unknown field (v1)"), connector.violations(paused));
        CrdSchemaValidator connect = CrdSchemaValidator.of("strimzi-0.51.0-041-Crd-kafkaconnect.yaml", "v1");
        JsonNode old = YAML.readTree("apiVersion: kafka.strimzi.io/v1\nkind: KafkaConnect\nmetadata: {name: a}\n"
                + "spec: {replicas: 1, bootstrapServers: b, externalConfiguration: {}}\n");
        List<String> violations = connect.violations(old);
        assertTrue(violations.contains(".spec: required field 'groupId' is missing"), violations.toString());
        assertTrue(violations.contains(".spec.externalConfiguration: unknown field (v1)"), violations.toString());
    }
}
