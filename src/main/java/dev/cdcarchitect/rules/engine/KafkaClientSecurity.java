package dev.cdcarchitect.rules.engine;

import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Kafka client authenticates to one platform: the settings every client of a design repeats under its own
 * prefix, what they amount to, why this mechanism, and the documentation that says so.
 *
 * @param settings unprefixed client settings, in the order they are written
 */
public record KafkaClientSecurity(String mechanism, Map<String, String> settings, String how, String why, List<Reference> refs) {

    /** The one secret file every Kafka client reads its credentials from. */
    static final String SECRET_FILE = "kafka.properties";

    public KafkaClientSecurity {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        refs = List.copyOf(refs);
    }

    public static KafkaClientSecurity of(KafkaPlatform platform) {
        return switch (platform) {
            case CONFLUENT_CLOUD -> plain(Secrets.file(SECRET_FILE, "api-key"), Secrets.file(SECRET_FILE, "api-secret"),
                    "the user name is a Confluent Cloud API key and the password its secret",
                    "Confluent Cloud authenticates Kafka clients with API keys over SASL/PLAIN (or with OAuth tokens over "
                            + "OAUTHBEARER); it keeps no SCRAM credentials, so a SCRAM client fails the handshake. Use the API key of "
                            + "a service account that holds only the ACLs this pipeline needs.",
                    List.of(Refs.CONFLUENT_CLOUD_CONNECT, Refs.CONFLUENT_CLOUD_API_KEYS));
            // "$ConnectionString" is the literal user name Event Hubs expects, not a variable.
            case AZURE_EVENT_HUBS -> plain("$ConnectionString", Secrets.file(SECRET_FILE, "connection-string"),
                    "on port 9093 (bootstrap.servers <namespace>.servicebus.windows.net:9093), the user name is the literal "
                            + "$ConnectionString and the password the namespace's connection string",
                    "The Event Hubs Kafka endpoint accepts a shared access signature connection string over SASL PLAIN, or a "
                            + "Microsoft Entra ID token over OAUTHBEARER; it has no SCRAM users. Take the connection string of a "
                            + "shared access policy on the namespace, not on one event hub: Connect and Debezium use several topics.",
                    List.of(Refs.AZURE_EVENT_HUBS_KAFKA, Refs.AZURE_EVENT_HUBS_CONNECT));
            case AMAZON_MSK -> iam();
            default -> scram(platform);
        };
    }

    /** The settings as a client under {@code prefix} takes them, e.g. {@code producer.} or {@code signal.consumer.}. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    /** False for IAM: the credentials come from the role, not from a secret file. */
    public boolean readsSecretFile() {
        return settings.values().stream().anyMatch(v -> v.contains("${file:"));
    }

    private static KafkaClientSecurity plain(String user, String password, String how, String why, List<Reference> refs) {
        return new KafkaClientSecurity("PLAIN", sasl("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + password + "\";"), "SASL_SSL with PLAIN: " + how, why, refs);
    }

    private static KafkaClientSecurity iam() {
        Map<String, String> settings = sasl("AWS_MSK_IAM", "software.amazon.msk.auth.iam.IAMLoginModule required;");
        settings.put("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
        return new KafkaClientSecurity("AWS_MSK_IAM", settings,
                "SASL_SSL with AWS_MSK_IAM on port 9098 (9198 from outside AWS): the aws-msk-iam-auth library signs each "
                        + "connection with the IAM role of the worker or pod, so there is no Kafka password at all",
                "IAM rather than SCRAM: MSK Connect authenticates to the cluster with IAM or not at all, so the same choice works "
                        + "on MSK Connect and on self-managed workers; IAM policies grant kafka-cluster actions per topic and group, "
                        + "and credentials rotate with the role instead of living in a secret store.",
                List.of(Refs.AWS_MSK_IAM_AUTH, Refs.AWS_MSK_PORTS, Refs.AWS_MSK_CONNECT_AUTH));
    }

    private static KafkaClientSecurity scram(KafkaPlatform platform) {
        String why = switch (platform) {
            case CONFLUENT_PLATFORM -> "Confluent Platform supports SCRAM-SHA-256 and SCRAM-SHA-512 with credentials stored in the "
                    + "cluster; SHA-512 is the stronger hash and needs no external identity provider.";
            case STRIMZI -> "Strimzi's User Operator creates SCRAM users as scram-sha-512 (KafkaUser authentication type "
                    + "scram-sha-512), and its listeners and KafkaConnect resource authenticate the same way.";
            case REDPANDA -> "Redpanda supports SCRAM-SHA-256 (rpk's default) and SCRAM-SHA-512; the stronger hash keeps the "
                    + "settings identical to a self-managed Kafka cluster.";
            default -> "Apache Kafka supports SCRAM-SHA-256 and SCRAM-SHA-512 with credentials stored in the cluster "
                    + "(kafka-configs --entity-type users); SHA-512 is the stronger hash and needs no external identity provider.";
        };
        List<Reference> refs = switch (platform) {
            case CONFLUENT_PLATFORM -> List.of(Refs.CONFLUENT_PLATFORM_SCRAM);
            case STRIMZI -> List.of(Refs.STRIMZI_SCRAM, Refs.KAFKA_SASL_SCRAM);
            case REDPANDA -> List.of(Refs.REDPANDA_SCRAM_USER);
            default -> List.of(Refs.KAFKA_SASL_SCRAM);
        };
        return new KafkaClientSecurity("SCRAM-SHA-512", sasl("SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule "
                + "required username=\"" + Secrets.file(SECRET_FILE, "username") + "\" password=\"" + Secrets.file(SECRET_FILE, "password")
                + "\";"), "SASL_SSL with SCRAM-SHA-512: a user name and password proved by salted challenge-response, so the "
                + "password itself never crosses the network", why, refs);
    }

    private static Map<String, String> sasl(String mechanism, String jaas) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", mechanism);
        settings.put("sasl.jaas.config", jaas);
        return settings;
    }
}
