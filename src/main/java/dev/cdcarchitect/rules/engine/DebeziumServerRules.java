package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.ConfigScope.DEBEZIUM_SERVER;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.nokafka.NativeServerRules;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/**
 * Section 1 when the source connector runs in Debezium Server instead of on Kafka Connect: how the process is
 * deployed, where it keeps offsets, and how its Kafka sink produces. The connector's own settings are the same
 * either way; the configuration export prefixes them with {@code debezium.source.}.
 */
public final class DebeziumServerRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("engine.debezium-server", ENGINE, RuleContext::debeziumServer, DebeziumServerRules::server));

    private DebeziumServerRules() {}

    private static Decision server(RuleContext ctx) {
        if (ctx.noKafka()) return NativeServerRules.server(ctx);
        String c = ctx.connector();
        String format = ctx.requirements().schemaFormat() == SchemaFormat.PROTOBUF ? "protobuf" : "avro";
        String offsets = ctx.naming().serverOffsetsTopic();
        DecisionBuilder d = ctx.decision("engine.debezium-server", "Debezium Server, one instance, offsets in Kafka")
                .statement("Run the connector in Debezium Server (a standalone Quarkus process) with its Kafka sink: exactly one "
                        + "instance (a Kubernetes Deployment with replicas: 1 and the Recreate strategy, or the Debezium Operator's "
                        + "DebeziumServer resource), source offsets in the compacted topic " + offsets + " and the schema history "
                        + "in Kafka as with Connect, so a replacement pod resumes where the last one stopped without a volume.")
                .because("Debezium Server drops the Connect cluster for the source: one process, one configuration file, a health "
                        + "endpoint (/q/health) for the orchestrator. The price is what Connect's group protocol gives: there is no "
                        + "failover to a standby (two instances on one slot or binlog position would both publish), no REST API to "
                        + "pause, restart or reconfigure (a change is a redeploy), and no exactly-once source support.")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.type", "kafka")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.bootstrap.servers", "<bootstrap servers>")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.key.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.acks", "all")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.enable.idempotence", "true")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.compression.type", "zstd")
                .set(DEBEZIUM_SERVER, c, "debezium.sink.kafka.producer.linger.ms", "20")
                .set(DEBEZIUM_SERVER, c, "debezium.format.key", format)
                .set(DEBEZIUM_SERVER, c, "debezium.format.value", format)
                .set(DEBEZIUM_SERVER, c, "debezium.format.key.schema.registry.url", "https://<schema-registry>:8081")
                .set(DEBEZIUM_SERVER, c, "debezium.format.value.schema.registry.url", "https://<schema-registry>:8081")
                .set(DEBEZIUM_SERVER, c, "debezium.source.offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore")
                .set(DEBEZIUM_SERVER, c, "debezium.source.offset.storage.topic", offsets)
                .set(DEBEZIUM_SERVER, c, "debezium.source.offset.storage.partitions", "1")
                .set(DEBEZIUM_SERVER, c, "debezium.source.offset.storage.replication.factor", "3")
                .set(DEBEZIUM_SERVER, c, "debezium.source.bootstrap.servers", "<bootstrap servers>")
                .set(DEBEZIUM_SERVER, c, "debezium.source.offset.flush.interval.ms", "10000")
                .ref(Refs.DBZ_SERVER, Refs.KAFKA_PRODUCER_CONFIGS)
                .warn("Never run two Debezium Server instances for one connector, not even during a rolling update: use the "
                        + "Recreate strategy. Recovery after a crash is a pod restart (about a minute), not a rebalance.")
                .warn("Sink connectors (" + sinkNames(ctx) + ") still need Kafka Connect; Debezium Server only replaces the "
                        + "source side.");
        if (ctx.sizing().eventsPerSecond() > EngineRules.SINGLE_TASK_EVENTS_PER_SECOND) {
            d.warn("At this rate plan one Debezium Server per table group, each with its own offsets topic, slot or "
                    + "server id, and topic prefix; one process cannot be scaled out.");
        }
        return d.build();
    }

    private static String sinkNames(RuleContext ctx) {
        return ctx.connectSinks().isEmpty() ? "none in this design" : ctx.connectSinks().size() + " in this design";
    }
}
