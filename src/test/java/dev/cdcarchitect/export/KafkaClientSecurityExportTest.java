package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exported files carry the platform's mechanism with a matching JAAS login module, and never a secret. */
class KafkaClientSecurityExportTest {

    private static final String SOURCE = "MySQL 8.0, 500 GB, 1k TPS";

    private static String target(KafkaPlatform platform) {
        return switch (platform) {
            case APACHE_KAFKA -> "Apache Kafka to Snowflake";
            case CONFLUENT_CLOUD -> "Confluent Cloud to Snowflake";
            case CONFLUENT_PLATFORM -> "Confluent Platform to Snowflake";
            case AMAZON_MSK -> "Amazon MSK to Snowflake";
            case REDPANDA -> "Redpanda to Snowflake";
            case STRIMZI -> "Strimzi Kafka to Snowflake";
            case AZURE_EVENT_HUBS -> "Azure Event Hubs to Snowflake";
        };
    }

    /** The JAAS login module each SASL mechanism needs. */
    private static String moduleFor(String mechanism) {
        return switch (mechanism) {
            case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
            case "SCRAM-SHA-256", "SCRAM-SHA-512" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
            case "AWS_MSK_IAM" -> "software.amazon.msk.auth.iam.IAMLoginModule";
            default -> throw new AssertionError("unexpected mechanism " + mechanism);
        };
    }

    private static void assertJaasMatches(Map<String, String> props, String prefix, String where) {
        String mechanism = props.get(prefix + "sasl.mechanism");
        String jaas = props.get(prefix + "sasl.jaas.config");
        assertTrue(jaas != null && jaas.startsWith(moduleFor(mechanism) + " required"), where + " " + prefix + ": " + mechanism + " with " + jaas);
        assertEquals("SASL_SSL", props.get(prefix + "security.protocol"), where + " " + prefix);
        assertFalse(jaas.matches(".*password=\"(?!\\$\\{)[^\"]*\".*"), where + ": a password given as a value: " + jaas);
    }

    private static Map<String, String> load(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KafkaPlatform.class)
    void workerPropertiesAndConnectorJsonMatchTheMechanism(KafkaPlatform platform) throws Exception {
        ConfigBundle bundle = new ConfigBundleBuilder().build(ExportFixtures.design(SOURCE, target(platform)));
        Map<String, String> worker = load(bundle.files().get("worker.properties"));
        for (String prefix : List.of("", "producer.", "consumer.", "admin.")) assertJaasMatches(worker, prefix, "worker.properties");
        JsonNode source = new ObjectMapper().readTree(bundle.files().get("connect/app-mysql-source.json"));
        Map<String, String> config = new HashMap<>();
        source.get("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        for (String prefix : List.of("schema.history.internal.producer.", "schema.history.internal.consumer.", "signal.consumer.")) {
            assertJaasMatches(config, prefix, "app-mysql-source.json");
            assertEquals(worker.get("sasl.mechanism"), config.get(prefix + "sasl.mechanism"), prefix + " matches the worker");
        }
        boolean scram = platform != KafkaPlatform.CONFLUENT_CLOUD && platform != KafkaPlatform.AZURE_EVENT_HUBS
                && platform != KafkaPlatform.AMAZON_MSK;
        for (Map.Entry<String, String> file : bundle.files().entrySet()) {
            if (!scram) assertFalse(file.getValue().contains("SCRAM-SHA"), file.getKey() + ": " + platform + " takes no SCRAM");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KafkaPlatform.class)
    void debeziumServerPropertiesMatchTheMechanism(KafkaPlatform platform) throws Exception {
        ConfigBundle bundle = new ConfigBundleBuilder().build(ExportFixtures.design(SOURCE, target(platform) + "; source captured by Debezium Server"));
        String text = bundle.files().get("debezium-server/application.properties");
        Map<String, String> server = load(text);
        for (String prefix : List.of("debezium.sink.kafka.producer.", "debezium.source.", "debezium.source.schema.history.internal.producer.",
                "debezium.source.schema.history.internal.consumer.", "debezium.source.signal.consumer.")) {
            assertJaasMatches(server, prefix, "application.properties");
        }
        String readme = bundle.files().get("README.md");
        java.util.regex.Matcher vars = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(text);
        while (vars.find()) assertTrue(readme.contains("`" + vars.group(1) + "`"), "README names " + vars.group(1));
    }
}
