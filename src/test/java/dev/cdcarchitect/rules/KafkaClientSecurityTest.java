package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Kafka client of a design authenticates the way its platform accepts: the Connect worker and its producer,
 * consumer and admin clients, the clients a source connector opens itself (schema history, Kafka signals), and
 * Debezium Server's Kafka sink and offset store.
 */
class KafkaClientSecurityTest {

    /** Target texts the intake reads as each platform. */
    static final Map<KafkaPlatform, String> TARGETS = Map.of(
            KafkaPlatform.APACHE_KAFKA, "Apache Kafka to Snowflake",
            KafkaPlatform.CONFLUENT_CLOUD, "Confluent Cloud to Snowflake",
            KafkaPlatform.CONFLUENT_PLATFORM, "Confluent Platform to Snowflake",
            KafkaPlatform.AMAZON_MSK, "Amazon MSK to Snowflake",
            KafkaPlatform.REDPANDA, "Redpanda to Snowflake",
            KafkaPlatform.STRIMZI, "Strimzi Kafka to Snowflake",
            KafkaPlatform.AZURE_EVENT_HUBS, "Azure Event Hubs to Snowflake");

    /** One source per engine with a schema history topic, and PostgreSQL (signals only). */
    static final Map<SourceEngine, String> SOURCES = Map.of(
            SourceEngine.MYSQL, "MySQL 8.0, 500 GB, 1k TPS",
            SourceEngine.MARIADB, "MariaDB 10.11, 500 GB, 1k TPS",
            SourceEngine.ORACLE, "Oracle 19c, 500 GB, 1k TPS",
            SourceEngine.SQLSERVER, "SQL Server 2019, 500 GB, 1k TPS",
            SourceEngine.DB2, "Db2 11.5, 500 GB, 1k TPS",
            SourceEngine.POSTGRESQL, "PostgreSQL 16, 500 GB, 1k TPS");

    private static final List<String> WORKER_CLIENTS = List.of("", "producer.", "consumer.", "admin.");
    private static final List<String> HISTORY_CLIENTS = List.of("schema.history.internal.producer.", "schema.history.internal.consumer.");

    static Stream<Arguments> platformsAndEngines() {
        List<Arguments> all = new ArrayList<>();
        for (KafkaPlatform p : KafkaPlatform.values()) {
            for (SourceEngine e : SOURCES.keySet()) all.add(Arguments.of(p, e));
        }
        return all.stream();
    }

    static String mechanism(KafkaPlatform platform) {
        return switch (platform) {
            case CONFLUENT_CLOUD, AZURE_EVENT_HUBS -> "PLAIN";
            case AMAZON_MSK -> "AWS_MSK_IAM";
            default -> "SCRAM-SHA-512";
        };
    }

    static String loginModule(KafkaPlatform platform) {
        return switch (platform) {
            case CONFLUENT_CLOUD, AZURE_EVENT_HUBS -> "org.apache.kafka.common.security.plain.PlainLoginModule required ";
            case AMAZON_MSK -> "software.amazon.msk.auth.iam.IAMLoginModule required;";
            default -> "org.apache.kafka.common.security.scram.ScramLoginModule required ";
        };
    }

    private static DesignSpec spec(String source, String target) {
        DesignInput input = new DesignInputParser().parse(source, target);
        return new RuleEngine().generate(input);
    }

    private static Map<String, String> settings(DesignSpec spec, ConfigScope scope) {
        Map<String, String> out = new HashMap<>();
        for (Decision d : spec.decisions()) {
            for (ConfigEntry e : d.config()) {
                if (e.scope() == scope) out.put(e.key(), e.value());
            }
        }
        return out;
    }

    /** The same client security under every prefix, and what each platform requires of its JAAS line. */
    static void assertClientSecurity(KafkaPlatform platform, Map<String, String> settings, List<String> prefixes, String where) {
        for (String prefix : prefixes) {
            String at = where + " " + prefix;
            assertEquals("SASL_SSL", settings.get(prefix + "security.protocol"), at + "security.protocol");
            assertEquals(mechanism(platform), settings.get(prefix + "sasl.mechanism"), at + "sasl.mechanism");
            String jaas = settings.get(prefix + "sasl.jaas.config");
            assertTrue(jaas != null && jaas.startsWith(loginModule(platform)), at + "sasl.jaas.config: " + jaas);
            switch (platform) {
                case AMAZON_MSK -> assertEquals("software.amazon.msk.auth.iam.IAMClientCallbackHandler",
                        settings.get(prefix + "sasl.client.callback.handler.class"), at + "callback handler");
                case AZURE_EVENT_HUBS -> assertTrue(jaas.contains("username=\"$ConnectionString\" password=\"${file:"), at + jaas);
                default -> assertTrue(jaas.contains("username=\"${file:") && jaas.contains("password=\"${file:"), at + jaas);
            }
            if (platform != KafkaPlatform.AMAZON_MSK) {
                assertFalse(settings.containsKey(prefix + "sasl.client.callback.handler.class"), at + "no IAM callback handler");
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("platformsAndEngines")
    void everyKafkaClientOfTheDesignUsesThePlatformsMechanism(KafkaPlatform platform, SourceEngine engine) {
        DesignSpec spec = spec(SOURCES.get(engine), TARGETS.get(platform));
        assertClientSecurity(platform, settings(spec, ConfigScope.WORKER), WORKER_CLIENTS, "worker");
        Map<String, String> connector = settings(spec, ConfigScope.SOURCE_CONNECTOR);
        if (engine == SourceEngine.POSTGRESQL) {
            assertTrue(connector.keySet().stream().noneMatch(k -> k.startsWith("schema.history.")), "PostgreSQL keeps no schema history");
        } else {
            assertClientSecurity(platform, connector, HISTORY_CLIENTS, engine + " schema history");
        }
        assertTrue(connector.get("signal.enabled.channels").contains("kafka"), "the design enables the Kafka signal channel");
        assertClientSecurity(platform, connector, List.of("signal.consumer."), engine + " signals");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KafkaPlatform.class)
    void debeziumServersKafkaSinkAndOffsetStoreUseThePlatformsMechanism(KafkaPlatform platform) {
        DesignSpec spec = spec(SOURCES.get(SourceEngine.MYSQL), TARGETS.get(platform) + "; source captured by Debezium Server");
        Map<String, String> server = settings(spec, ConfigScope.DEBEZIUM_SERVER);
        assertClientSecurity(platform, server, List.of("debezium.sink.kafka.producer.", "debezium.source."), "Debezium Server");
        assertClientSecurity(platform, settings(spec, ConfigScope.SOURCE_CONNECTOR), HISTORY_CLIENTS, "Debezium Server schema history");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(KafkaPlatform.class)
    void theDecisionCitesThePlatformsOwnDocumentation(KafkaPlatform platform) {
        DesignSpec spec = spec(SOURCES.get(SourceEngine.MYSQL), TARGETS.get(platform));
        Decision auth = spec.decisions().stream().filter(d -> d.id().equals("security.kafka-authentication")).findFirst().orElseThrow();
        String expected = switch (platform) {
            case APACHE_KAFKA -> "https://kafka.apache.org/documentation/#security_sasl_scram";
            case CONFLUENT_CLOUD -> "https://docs.confluent.io/cloud/current/cp-component/connect-cloud-config.html";
            case CONFLUENT_PLATFORM -> "https://docs.confluent.io/platform/current/security/authentication/sasl/scram/overview.html";
            case AMAZON_MSK -> "https://github.com/aws/aws-msk-iam-auth";
            case REDPANDA -> "https://docs.redpanda.com/streaming/26.1/reference/rpk/rpk-security/rpk-security-user-create/";
            case STRIMZI -> "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaClientAuthenticationScramSha512-reference";
            case AZURE_EVENT_HUBS -> "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-kafka-connect-tutorial";
        };
        assertTrue(auth.references().stream().anyMatch(r -> r.url().equals(expected)), platform + " cites " + expected);
        assertTrue(auth.statement().contains(mechanism(platform)), auth.statement());
        boolean scram = mechanism(platform).startsWith("SCRAM");
        assertEquals(scram, spec.decisions().stream().flatMap(d -> d.config().stream()).anyMatch(e -> e.value().contains("SCRAM")),
                platform + ": SCRAM appears only where the platform takes it");
    }
}
