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
}
