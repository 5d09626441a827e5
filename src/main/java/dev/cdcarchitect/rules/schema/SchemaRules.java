package dev.cdcarchitect.rules.schema;

import static dev.cdcarchitect.domain.ConfigScope.SCHEMA_REGISTRY;
import static dev.cdcarchitect.domain.ConfigScope.TOPIC;
import static dev.cdcarchitect.domain.ConfigScope.WORKER;
import static dev.cdcarchitect.domain.SpecSection.SCHEMA;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.nokafka.NativeSchemaRules;
import java.util.List;

/** Section 3: registry, compatibility, DDL flow per target, and the schema history topic. */
public final class SchemaRules {

    public static final List<Rule> ALL = List.of(
            Rule.always("schema.registry", SCHEMA, SchemaRules::registry),
            Rule.always("schema.compatibility", SCHEMA, SchemaRules::compatibility),
            Rule.always("schema.ddl-propagation", SCHEMA, SchemaRules::ddlPropagation),
            Rule.when("schema.history-topic", SCHEMA, ctx -> !ctx.noKafka() && ctx.knowledge().usesSchemaHistory(), SchemaRules::historyTopic));

    private static final String TOPIC_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.TopicNameStrategy";

    private SchemaRules() {}

    private static Decision registry(RuleContext ctx) {
        if (ctx.noKafka()) return NativeSchemaRules.format(ctx);
        KafkaPlatform platform = ctx.input().platform();
        boolean protobuf = ctx.requirements().schemaFormat() == SchemaFormat.PROTOBUF;
        String registry = switch (platform) {
            case CONFLUENT_CLOUD, CONFLUENT_PLATFORM -> "Confluent Schema Registry";
            case REDPANDA -> "Redpanda's built-in schema registry (Confluent-compatible API)";
            case STRIMZI -> "Apicurio Registry (in its Confluent-compatible mode) or Confluent Schema Registry";
            default -> "Confluent Schema Registry or Apicurio Registry, run as a replicated service";
        };
        DecisionBuilder d = ctx.decision("schema.registry", (protobuf ? "Protobuf" : "Avro") + " with " + registry)
                .statement("Serialise keys and values as " + (protobuf ? "Protobuf" : "Avro") + " registered in " + registry
                        + ", with the TopicNameStrategy (subjects <topic>-key and <topic>-value); only the source connector "
                        + "registers schemas, and field and schema names are adjusted to valid " + (protobuf ? "Protobuf" : "Avro") + " names.")
                .because("A registry keeps every schema version, so consumers decode any event ever written, and the compatibility "
                        + "check stops an incompatible DDL at the producer instead of breaking every consumer. "
                        + (protobuf ? "Protobuf suits teams that generate typed clients; " : "Avro is compact and the format Debezium and most sinks support best; ")
                        + "JSON without schemas would repeat field names in every event.")
                .source("schema.name.adjustment.mode", protobuf ? "none" : "avro")
                .source("field.name.adjustment.mode", protobuf ? "none" : "avro")
                .ref(Refs.DBZ_AVRO, Refs.CONFLUENT_SUBJECT_NAMING, Refs.APICURIO);
        if (ctx.knowledge().runsOnKafkaConnect()) {
            // the serializers' own keys (AbstractKafkaSchemaSerDeConfig), reaching them through the converter prefixes
            String group = ctx.naming().connectGroup();
            d.set(WORKER, group, "key.converter.key.subject.name.strategy", TOPIC_NAME_STRATEGY)
                    .set(WORKER, group, "value.converter.value.subject.name.strategy", TOPIC_NAME_STRATEGY);
        }
        return d.warn("Consumers must not auto-register schemas (auto.register.schemas=false on every consumer-side serializer); the "
                        + "source connector is the only writer of data-topic subjects.")
                .build();
    }

    private static Decision compatibility(RuleContext ctx) {
        if (ctx.noKafka()) return NativeSchemaRules.compatibility(ctx);
        String topic = ctx.naming().exampleDataTopic(ctx.engine());
        return ctx.decision("schema.compatibility", "BACKWARD_TRANSITIVE on every data subject")
                .statement("Set compatibility BACKWARD_TRANSITIVE on every data-topic subject: each new schema must read all "
                        + "earlier versions. Allowed DDL without coordination: add a nullable column or one with a default; drop a "
                        + "nullable column. Everything else (NOT NULL without default, rename, narrowing type change) is a coordinated "
                        + "migration.")
                .because("CDC topics are replayed from the beginning when a sink is rebuilt, so the latest reader must read every old "
                        + "event, not only the previous version (which is all plain BACKWARD checks). Debezium maps nullable columns "
                        + "to optional fields with a null default, so ordinary additive DDL passes the check.")
                .set(SCHEMA_REGISTRY, topic + "-value", "compatibility", "BACKWARD_TRANSITIVE")
                .set(SCHEMA_REGISTRY, topic + "-key", "compatibility", "FULL_TRANSITIVE")
                .snippet("shell", "set per subject (Confluent-compatible REST API)",
                        "curl -s -X PUT -H 'Content-Type: application/vnd.schemaregistry.v1+json' \\\n"
                                + "  --data '{\"compatibility\": \"BACKWARD_TRANSITIVE\"}' \\\n"
                                + "  https://<schema-registry>:8081/config/" + topic + "-value")
                .ref(Refs.CONFLUENT_SCHEMA_EVOLUTION)
                .warn("Key schemas must never change: a changed primary key changes partitioning and breaks per-key ordering. A "
                        + "primary-key change is a new topic plus a re-snapshot.")
                .build();
    }

    private static Decision ddlPropagation(RuleContext ctx) {
        if (ctx.noKafka()) return NativeSchemaRules.ddlPropagation(ctx);
        DecisionBuilder d = ctx.decision("schema.ddl-propagation", "How each DDL change reaches each target")
                .statement("Run source migrations expand-then-contract: add columns nullable (or with a default) first, deploy "
                        + "consumers, backfill, and drop old columns only after every sink stopped reading them. Per target:")
                .because("Debezium turns DDL into a new schema version on the next change event of that table; targets differ in what "
                        + "they apply by themselves, and the rest needs a human in the migration plan.")
                .ref(Refs.CONFLUENT_SCHEMA_EVOLUTION, ctx.knowledge().reference());
        for (Target target : ctx.targets()) {
            d.warn(ctx.sinks().get(target.kind()).ddlHandling());
        }
        if (ctx.targets().isEmpty()) {
            d.warn("Kafka consumers: generated classes must be rebuilt for new fields; generic consumers read the writer schema.");
        }
        StatedSchemaChanges.warn(d, ctx);
        return d.build();
    }

    private static Decision historyTopic(RuleContext ctx) {
        String topic = ctx.naming().schemaHistoryTopic();
        return ctx.decision("schema.history-topic", "Schema history topic: one partition, kept forever")
                .statement("Create " + topic + " with one partition, replication factor 3, cleanup.policy=delete and infinite "
                        + "retention; never share it between connectors.")
                .because("The connector replays this topic in order at every start to know each table's structure at each log "
                        + "position. More than one partition breaks the order; compaction or time-based retention deletes DDL it "
                        + "still needs.")
                .set(TOPIC, topic, "partitions", "1")
                .set(TOPIC, topic, "replication.factor", "3")
                .set(TOPIC, topic, "cleanup.policy", "delete")
                .set(TOPIC, topic, "retention.ms", "-1")
                .set(TOPIC, topic, "retention.bytes", "-1")
                .set(TOPIC, topic, "min.insync.replicas", "2")
                .ref(ctx.knowledge().reference(), Refs.KAFKA_TOPIC_CONFIGS)
                .warn("If the history topic is lost or corrupted, restart the connector with snapshot.mode=recovery to rebuild it "
                        + "from the current schema (only valid when no DDL happened since the last offset).")
                .build();
    }
}
