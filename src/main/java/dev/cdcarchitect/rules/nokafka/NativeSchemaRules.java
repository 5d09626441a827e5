package dev.cdcarchitect.rules.nokafka;

import static dev.cdcarchitect.domain.ConfigScope.DEBEZIUM_SERVER;
import static dev.cdcarchitect.domain.SpecSection.SCHEMA;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/**
 * Section 3 without Kafka: JSON events and no registry, a compatibility contract instead of a registry check, DDL per
 * target, and the schema history in a file (or Redis). The first three keep the ids of their Kafka counterparts.
 */
public final class NativeSchemaRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("schema.history-store", SCHEMA, ctx -> ctx.noKafka() && ctx.knowledge().usesSchemaHistory(),
                    NativeSchemaRules::historyStore));

    private NativeSchemaRules() {}

    public static Decision format(RuleContext ctx) {
        String c = ctx.connector();
        boolean relational = ctx.engine() != SourceEngine.MONGODB && ctx.engine() != SourceEngine.CASSANDRA;
        DecisionBuilder d = ctx.decision("schema.registry", "JSON events, no schema registry")
                .statement("Serialise keys and values as JSON (debezium.format.key and debezium.format.value = json) without an "
                        + "embedded schema: the key is the primary-key columns as a small JSON object, the value the change event"
                        + (relational ? "; decimals travel as strings (decimal.handling.mode=string) so no schema is needed to read them." : "."))
                .because("JSON is Debezium Server's default format and every native sink carries it; Avro and Protobuf would need a "
                        + "registry wired in through debezium.format.* converter properties that the sink documentation does not "
                        + "cover. The key doubles as the ordering or partition key, and those are short (a Pub/Sub ordering key "
                        + "at most 1 KB, a Kinesis partition key at most 256 characters), so it carries no schema.")
                .set(DEBEZIUM_SERVER, c, "debezium.format.key", "json")
                .set(DEBEZIUM_SERVER, c, "debezium.format.value", "json")
                .set(DEBEZIUM_SERVER, c, "debezium.format.key.schemas.enable", "false")
                .set(DEBEZIUM_SERVER, c, "debezium.format.value.schemas.enable", "false")
                .ref(Refs.DBZ_SERVER, Refs.PUBSUB_ORDERING, Refs.KINESIS_PUT_RECORD);
        if (relational) d.source("decimal.handling.mode", "string");
        SchemaFormat asked = ctx.requirements().schemaFormat();
        d.warnIf(asked == SchemaFormat.PROTOBUF, "Protobuf was asked for; without Kafka and its registry the events are JSON. "
                + "Consumers that need typed classes generate them from the table definitions.");
        return d.build();
    }

    public static Decision compatibility(RuleContext ctx) {
        return ctx.decision("schema.compatibility", "Additive DDL only, by contract")
                .statement("Nothing checks compatibility when an event is written, so the rule lives in the migration process: add "
                        + "nullable columns (or columns with a default) freely; every consumer ignores fields it does not know and "
                        + "tolerates missing ones; dropping, renaming or narrowing a column is a coordinated migration.")
                .because("JSON without an embedded schema carries field names only, and a consumer learns of a change from the data "
                        + "itself. Events replayed from the destination's retention must still parse with the newest consumer, "
                        + "which additive changes guarantee.")
                .ref(Refs.DBZ_SERVER, ctx.knowledge().reference())
                .warn("A primary-key change changes the ordering or partition key and breaks per-key order: treat it as a new "
                        + "table plus a re-snapshot.")
                .build();
    }

    public static Decision ddlPropagation(RuleContext ctx) {
        DecisionBuilder d = ctx.decision("schema.ddl-propagation", "How each DDL change reaches each target")
                .statement("Run source migrations expand-then-contract: add columns nullable (or with a default) first, update "
                        + "the consumers, backfill, and drop old columns only after every consumer stopped reading them. Per target:")
                .because("Debezium turns DDL into changed event contents on the next change of that table; the consumer that "
                        + "reads " + ctx.destination().label() + " for a target decides what it applies by itself.")
                .ref(Refs.DBZ_SERVER, ctx.knowledge().reference());
        for (Target target : ctx.targets()) {
            d.warn(target.label() + ": its consumer adds new columns (nullable) before writing them; drops, renames and type "
                    + "changes are planned migrations with a backfill.");
        }
        if (ctx.targets().isEmpty()) d.warn("Consumers: typed readers must be rebuilt for new fields; generic readers ignore them.");
        return d.build();
    }

    private static Decision historyStore(RuleContext ctx) {
        return ctx.decision("schema.history-store", "Schema history in " + (ctx.destination().keepsOffsets() ? "Redis" : "a file"))
                .statement("Keep the connector's schema history in " + OffsetStore.describeHistory(ctx)
                        + (ctx.destination().keepsOffsets() ? "" : " on the same persistent volume as the offsets")
                        + "; never share it between connectors, and back it up with the offsets.")
                .because("This connector replays the DDL it has seen at every start to decode log events. Its default store is a "
                        + "Kafka topic, which this design does not have; Debezium Server documents FileSchemaHistory for deployments "
                        + "without Kafka and RedisSchemaHistory beside Redis. A history older than the offsets misses DDL.")
                .setAll(OffsetStore.historySettings(ctx))
                .ref(Refs.DBZ_SERVER, ctx.knowledge().reference())
                .warn("If the history is lost, restart with snapshot.mode=recovery to rebuild it from the current schema (only valid "
                        + "when no DDL happened since the last offset).")
                .build();
    }
}
