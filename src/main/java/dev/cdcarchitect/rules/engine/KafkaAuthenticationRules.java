package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.ConfigScope.DEBEZIUM_SERVER;
import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.ConfigScope.WORKER;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.TransportFacts;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.log.SnapshotRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 1: how every Kafka client of the design authenticates, with the mechanism its platform accepts. Clients a
 * connector opens itself do not inherit the worker's settings, so each gets its own copy under its own prefix.
 */
public final class KafkaAuthenticationRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("security.kafka-authentication", ENGINE, ctx -> !ctx.noKafka(), KafkaAuthenticationRules::authentication));

    /** The worker itself, then the clients it creates for connectors (source tasks, sink tasks, topic creation and DLQs). */
    static final List<String> WORKER_CLIENTS = List.of("", "producer.", "consumer.", "admin.");
    static final List<String> SERVER_CLIENTS = List.of("debezium.sink.kafka.producer.", "debezium.source.");

    private KafkaAuthenticationRules() {}

    private static Decision authentication(RuleContext ctx) {
        KafkaPlatform platform = ctx.input().platform();
        KafkaClientSecurity security = KafkaClientSecurity.of(platform);
        DecisionBuilder d = ctx.decision("security.kafka-authentication",
                        "Kafka authentication: SASL_SSL with " + security.mechanism() + " on every client")
                .statement("Every Kafka client uses " + security.how() + ". " + clients(ctx, security) + " "
                        + (security.readsSecretFile()
                        ? "The credentials stay in " + Secrets.DIR + "/" + KafkaClientSecurity.SECRET_FILE + ", read by the file config provider."
                        : "No secret is involved."))
                .because(security.why() + opensItself(ctx))
                .ref(security.refs().toArray(new Reference[0]))
                .ref(Refs.CONFLUENT_CONNECT_SECURITY);
        setEverywhere(d, ctx, security);
        if (ctx.debeziumServer()) d.ref(Refs.DBZ_SERVER);
        if (ctx.knowledge().usesSchemaHistory() || !ctx.knowledge().runsOnKafkaConnect()) d.ref(ctx.knowledge().reference());
        if (SnapshotRules.kafkaSignalChannel(ctx)) d.ref(Refs.DBZ_SIGNALLING);
        warnings(d, platform, ctx.debeziumServer());
        stated(d, ctx.input().transport(), platform, security);
        return d.build();
    }

    private static void setEverywhere(DecisionBuilder d, RuleContext ctx, KafkaClientSecurity security) {
        String group = ctx.naming().connectGroup();
        String connector = ctx.connector();
        for (String prefix : WORKER_CLIENTS) security.under(prefix).forEach((k, v) -> d.set(WORKER, group, k, v));
        for (String prefix : connectorClients(ctx)) security.under(prefix).forEach((k, v) -> d.set(SOURCE_CONNECTOR, connector, k, v));
        if (ctx.debeziumServer()) {
            for (String prefix : SERVER_CLIENTS) security.under(prefix).forEach((k, v) -> d.set(DEBEZIUM_SERVER, connector, k, v));
        }
        if (!ctx.knowledge().runsOnKafkaConnect() && security.readsSecretFile()) {
            // The agent is no Connect worker: its producer resolves the file reference itself (KIP-421).
            d.set(SOURCE_CONNECTOR, connector, "kafka.producer.config.providers", "file")
                    .set(SOURCE_CONNECTOR, connector, "kafka.producer.config.providers.file.class",
                            "org.apache.kafka.common.config.provider.FileConfigProvider")
                    .warn("Copy " + Secrets.DIR + "/" + KafkaClientSecurity.SECRET_FILE + " to every Cassandra node too: the agent's "
                            + "producer reads it there.");
        }
    }

    /** Prefixes of the Kafka clients the source connector opens itself. */
    static List<String> connectorClients(RuleContext ctx) {
        List<String> prefixes = new ArrayList<>();
        if (ctx.knowledge().usesSchemaHistory()) {
            prefixes.add("schema.history.internal.producer.");
            prefixes.add("schema.history.internal.consumer.");
        }
        if (SnapshotRules.kafkaSignalChannel(ctx)) prefixes.add("signal.consumer.");
        if (!ctx.knowledge().runsOnKafkaConnect()) prefixes.add("kafka.producer.");
        return prefixes;
    }

    private static String clients(RuleContext ctx, KafkaClientSecurity security) {
        List<String> where = new ArrayList<>();
        where.add("on the Connect worker and under producer., consumer. and admin. for the clients it creates for connectors");
        if (ctx.knowledge().usesSchemaHistory()) where.add("under schema.history.internal.producer. and .consumer. for the schema history topic");
        if (SnapshotRules.kafkaSignalChannel(ctx)) where.add("under signal.consumer. for the Kafka signal channel");
        if (!ctx.knowledge().runsOnKafkaConnect()) where.add("under kafka.producer. for the Cassandra agent on every node");
        if (ctx.debeziumServer()) where.add("under debezium.sink.kafka.producer. and debezium.source. for Debezium Server's Kafka sink and offset store");
        return "The same " + joined(List.copyOf(security.settings().keySet()), ", ", " and ") + " are set " + joined(where, "; ", "; and ") + ".";
    }

    /** Why the connector's own clients need their copy; empty when it opens none. */
    private static String opensItself(RuleContext ctx) {
        List<String> clients = new ArrayList<>();
        if (ctx.knowledge().usesSchemaHistory()) clients.add("the schema history producer and consumer");
        if (SnapshotRules.kafkaSignalChannel(ctx)) clients.add("the signal consumer");
        if (!ctx.knowledge().runsOnKafkaConnect()) clients.add("the agent's producer");
        if (clients.isEmpty()) return "";
        return " The clients the connector opens itself (" + joined(clients, ", ", " and ") + ") take only their own prefixed "
                + "settings, not the worker's: without them they connect unauthenticated and the connector fails.";
    }

    private static String joined(List<String> parts, String separator, String last) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(separator, parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
    }

    /** What the user said about authentication: confirmed, or a question when it is not what this platform takes here. */
    private static void stated(DecisionBuilder d, TransportFacts transport, KafkaPlatform platform, KafkaClientSecurity security) {
        if (transport.serverless()) {
            d.warn("MSK Serverless accepts IAM access control only; the settings above are the only ones it takes.")
                    .ref(Refs.AWS_MSK_SERVERLESS);
        }
        String stated = transport.statedMechanism();
        if (stated == null || stated.equals(security.mechanism())) return;
        d.warn("The text states " + stated + " authentication, but this design uses " + security.mechanism() + " for "
                + platform.displayName() + " (see the rationale). Does the cluster accept " + security.mechanism()
                + " for this pipeline's clients, or must the settings above be changed to " + stated + "?");
    }

    private static void warnings(DecisionBuilder d, KafkaPlatform platform, boolean debeziumServer) {
        switch (platform) {
            case AMAZON_MSK -> d.warn("Put the aws-msk-iam-auth jar on the Connect worker's classpath (e.g. Kafka's libs/), not only in "
                    + "plugin.path" + (debeziumServer ? ", and in Debezium Server's lib/" : "") + ": the worker's own clients load the "
                    + "login module. The role needs kafka-cluster:Connect and the topic and group actions of every client above.");
            case REDPANDA -> d.warn("rpk security user create defaults to SCRAM-SHA-256: create the pipeline's user with "
                    + "--mechanism SCRAM-SHA-512, or every handshake fails.");
            case STRIMZI -> d.warn("On Strimzi, give the worker its authentication in the KafkaConnect resource (spec.authentication "
                    + "type scram-sha-512 with the KafkaUser's Secret): Strimzi owns the worker's security.* and sasl.* settings. "
                    + "The connector-level settings stay in each KafkaConnector.");
            default -> { }
        }
    }
}
