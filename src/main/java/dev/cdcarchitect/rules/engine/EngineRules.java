package dev.cdcarchitect.rules.engine;

import static dev.cdcarchitect.domain.ConfigScope.WORKER;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SizingDefaults;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.nokafka.NativeServerRules;
import dev.cdcarchitect.rules.source.CaptureScope;
import dev.cdcarchitect.rules.source.OracleKnowledge;
import java.util.List;
import dev.cdcarchitect.domain.Units;

/** Section 1 rules that hold for every source: the engine, the Connect cluster and where secrets live. */
public final class EngineRules {

    public static final List<Rule> ALL = List.of(
            Rule.always("engine.selection", ENGINE, EngineRules::selection),
            Rule.when("connect.cluster", ENGINE, ctx -> !ctx.noKafka(), EngineRules::connectCluster),
            Rule.always("security.transport-and-secrets", ENGINE, EngineRules::security));

    /** Above this a single Debezium task is likely to fall behind; plan to split by table groups. */
    static final double SINGLE_TASK_EVENTS_PER_SECOND = 25_000;

    private EngineRules() {}

    private static Decision selection(RuleContext ctx) {
        SourceEngine engine = ctx.engine();
        boolean cassandra = engine == SourceEngine.CASSANDRA;
        DecisionBuilder d = ctx.decision("engine.selection", "Debezium " + engine.displayName() + " connector, log-based")
                .statement("Capture with the Debezium " + engine.displayName() + " connector (" + ctx.knowledge().connectorClass() + ") "
                        + (cassandra ? "running as an agent on each node" : ctx.debeziumServer() ? "in Debezium Server" : "on Kafka Connect")
                        + ", reading the " + engine.logName() + "; one connector for the database"
                        + (!ctx.knowledge().singleTask() ? "." : ctx.debeziumServer() ? " with its single task." : " with exactly one task (tasks.max=1)."))
                .because("Log-based capture sees every committed insert, update and delete in commit order, with transaction "
                        + "boundaries, at low source load and sub-second latency. Polling queries on timestamps or triggers would "
                        + "miss deletes and intermediate states and load the tables they scan.")
                .ref(ctx.knowledge().reference());
        if (!cassandra) {
            d.source("connector.class", ctx.knowledge().connectorClass());
            if (!ctx.debeziumServer()) d.source("tasks.max", String.valueOf(tasks(ctx))); // Debezium Server runs one task, with no such setting
            d.source("topic.prefix", ctx.naming().topicPrefix());
        }
        d.setAll(ctx.knowledge().connectorConfig(ctx));
        if (ctx.knowledge().singleTask()) {
            boolean tooFast = ctx.sizing().eventsPerSecond() > SINGLE_TASK_EVENTS_PER_SECOND;
            d.warn("The connector reads one ordered log stream, so it runs one task whatever tasks.max says; raising tasks.max does "
                    + "not scale it." + (tooFast
                    ? " At " + Units.grouped(ctx.sizing().eventsPerSecond()) + " events/s design load, split the captured "
                            + (engine == SourceEngine.MONGODB ? "collections" : "tables") + " into 2-3 connectors, each with its own "
                            + splitResource(ctx) + " and topic prefix, grouping what changes in the same transactions together: "
                            + "ordering across connectors is not preserved."
                    : " " + Units.grouped(ctx.sizing().eventsPerSecond()) + " events/s design load is within what one task handles; "
                            + "split by table groups only if it falls behind."));
        }
        return d.build();
    }

    /** The SQL Server connector can stream each database in database.names in its own task; every other connector runs one. */
    private static int tasks(RuleContext ctx) {
        return ctx.engine() == SourceEngine.SQLSERVER ? Math.max(1, CaptureScope.of(ctx).databases().size()) : 1;
    }

    private static String splitResource(RuleContext ctx) {
        String history = ctx.noKafka() ? "schema history file" : "schema history topic"; // no topics without Kafka
        return switch (ctx.engine()) {
            case POSTGRESQL -> "replication slot and publication";
            case MYSQL, MARIADB -> "database.server.id and " + history;
            case ORACLE -> (OracleKnowledge.xstream(ctx) ? "XStream outbound server" : "LogMiner session") + " and " + history;
            case MONGODB -> "change stream (collection.include.list)";
            default -> "capture configuration";
        };
    }

    private static Decision connectCluster(RuleContext ctx) {
        KafkaPlatform platform = ctx.input().platform();
        int workers = ctx.sizing().connectWorkers();
        String converter = ctx.requirements().schemaFormat() == SchemaFormat.PROTOBUF
                ? "io.confluent.connect.protobuf.ProtobufConverter" : "io.confluent.connect.avro.AvroConverter";
        String group = ctx.naming().connectGroup();
        String purpose = ctx.debeziumServer() ? " for the sink connectors" : "";
        DecisionBuilder d = ctx.decision("connect.cluster", "A dedicated Kafka Connect cluster of " + workers + " workers" + purpose)
                .statement("Run a distributed Kafka Connect cluster (group.id " + group + ") of " + workers + " workers" + purpose + " with "
                        + SizingDefaults.CONNECT_WORKER_VCPU + " vCPU and " + SizingDefaults.CONNECT_WORKER_HEAP_GB + " GB heap each, " + platformNote(platform) + " Internal topics are compacted with replication factor 3.")
                .because("Distributed mode stores configs, offsets and status in Kafka, so any worker can take over a task when another "
                        + "dies. One spare worker absorbs a failure without overloading the rest during the rebalance.")
                .set(WORKER, group, "group.id", group)
                .set(WORKER, group, "config.storage.topic", ctx.naming().configsTopic())
                .set(WORKER, group, "offset.storage.topic", ctx.naming().offsetsTopic())
                .set(WORKER, group, "status.storage.topic", ctx.naming().statusTopic())
                .set(WORKER, group, "config.storage.replication.factor", "3")
                .set(WORKER, group, "offset.storage.replication.factor", "3")
                .set(WORKER, group, "status.storage.replication.factor", "3")
                .set(WORKER, group, "offset.storage.partitions", "25")
                .set(WORKER, group, "status.storage.partitions", "5")
                .set(WORKER, group, "key.converter", converter)
                .set(WORKER, group, "value.converter", converter)
                .set(WORKER, group, "key.converter.schema.registry.url", "https://<schema-registry>:8081")
                .set(WORKER, group, "value.converter.schema.registry.url", "https://<schema-registry>:8081")
                .set(WORKER, group, "topic.creation.enable", "true")
                .set(WORKER, group, "connector.client.config.override.policy", "All")
                .set(WORKER, group, "offset.flush.interval.ms", "10000")
                .set(WORKER, group, "scheduled.rebalance.max.delay.ms", "60000")
                .ref(Refs.KAFKA_CONNECT_CONFIGS, Refs.CONFLUENT_CONNECT_SIZING);
        if (platform == KafkaPlatform.AZURE_EVENT_HUBS) {
            d.warn("Event Hubs' Kafka endpoint does not support every Kafka feature Connect relies on (compaction depends on tier, "
                    + "transactions on tier); confirm them before choosing it for CDC.");
        }
        return d.build();
    }

    private static String platformNote(KafkaPlatform platform) {
        return switch (platform) {
            case CONFLUENT_CLOUD -> "self-managed next to Confluent Cloud (fully managed Debezium connectors expose fewer settings, "
                    + "e.g. no worker-level exactly-once or custom SMTs).";
            case AMAZON_MSK -> "on MSK Connect or self-managed on EKS/EC2 (MSK Connect fixes some worker settings, e.g. no "
                    + "worker-level exactly-once source support).";
            case STRIMZI -> "declared as a Strimzi KafkaConnect resource with KafkaConnector resources per connector.";
            case REDPANDA -> "self-managed (or Redpanda Connect) against Redpanda's Kafka API and its built-in schema registry.";
            case CONFLUENT_PLATFORM -> "on Confluent Platform with Confluent Schema Registry.";
            default -> "self-managed next to the Kafka cluster.";
        };
    }

    private static Decision security(RuleContext ctx) {
        if (ctx.noKafka()) return NativeServerRules.security(ctx);
        String group = ctx.naming().connectGroup();
        return ctx.decision("security.transport-and-secrets", "TLS everywhere, secrets through config providers")
                .statement("Encrypt every hop (database, brokers, registry, sinks) with TLS and authenticate to Kafka with the SASL "
                        + "mechanism the platform accepts (see Kafka authentication); keep passwords and keys out of connector JSON by "
                        + "resolving them at runtime from files or environment variables via Kafka config providers.")
                .because("Connector configs are readable through the Connect REST API and end up in Git, tickets and logs; config "
                        + "providers keep only a reference there.")
                .set(WORKER, group, "config.providers", "file,env")
                .set(WORKER, group, "config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider")
                .set(WORKER, group, "config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider")
                .ref(Refs.KIP_297, Refs.KAFKA_CONNECT_CONFIGS)
                .warn("Put secret files in " + dev.cdcarchitect.rules.base.Secrets.DIR + " on every worker, readable only by the "
                        + "Connect user; never paste a password into a connector config.")
                .build();
    }
}
