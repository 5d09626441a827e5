package dev.cdcarchitect.rules.topology;

import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Keys, partition counts and routing: what keeps per-key order intact. */
public final class PartitioningRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("kafka.partition-key", TOPOLOGY, ctx -> !ctx.noKafka(), PartitioningRules::partitionKey),
            Rule.when("kafka.partition-count", TOPOLOGY, ctx -> !ctx.noKafka(), PartitioningRules::partitionCount),
            Rule.when("kafka.shard-routing", TOPOLOGY, ctx -> !ctx.noKafka()
                    && ctx.source().has(HaTrait.SHARDED) && ctx.engine() != SourceEngine.MONGODB, PartitioningRules::shardRouting));

    private PartitioningRules() {}

    private static Decision partitionKey(RuleContext ctx) {
        boolean composite = ctx.source().has(KeyTrait.COMPOSITE);
        DecisionBuilder d = ctx.decision("kafka.partition-key", "Message key = primary key, one topic per table")
                .statement("Key every event by the table's primary key" + (composite ? " (the composite key as one struct with all key "
                        + "columns, in key order)" : "") + " and let the default partitioner hash it; one topic per table, named "
                        + ctx.naming().topicPrefix() + ".<schema>.<table> (e.g. " + ctx.naming().exampleDataTopic(ctx.engine()) + ").")
                .because("Kafka orders events only within a partition. Hashing the primary key sends every change of a row to the same "
                        + "partition, so inserts, updates and the delete of a row are consumed in commit order; any other "
                        + "partitioning (round-robin, random, by a non-key column) lets a consumer apply an older change after a newer one.")
                .ref(Refs.CONFLUENT_PARTITIONS, ctx.knowledge().reference());
        if (ctx.source().has(KeyTrait.HOT_KEYS)) {
            d.warn("Hot keys stay on one partition by design: a single row updated thousands of times a second caps that partition's "
                    + "consumer. Fix it in the data model (split the counter), not by changing the key, which breaks ordering.");
        }
        if (ctx.source().has(KeyTrait.MISSING_PRIMARY_KEY)) {
            d.warn("Tables without a primary key get a null key unless message.key.columns names unique columns; null-keyed events "
                    + "are spread over partitions and lose per-row order.");
        }
        return d.build();
    }

    private static Decision partitionCount(RuleContext ctx) {
        if (!ctx.sizing().hotTopics().isEmpty()) return HotTopicCreation.partitionCount(ctx);
        int hot = ctx.sizing().hotTopicPartitions();
        int other = ctx.sizing().defaultTopicPartitions();
        boolean server = ctx.debeziumServer();
        DecisionBuilder d = ctx.decision("kafka.partition-count", hot + " partitions for the busiest table topics, " + other + " for the rest")
                .statement("Create the busiest tables' topics with " + hot + " partitions and the others with " + other
                        + ", sized for growth now; pre-create them" + preCreate(server) + " instead of broker auto-creation.")
                .because(WHY_UP_FRONT)
                .ref(Refs.CONFLUENT_PARTITIONS, Refs.KAFKA_CONNECT_CONFIGS);
        if (!server) {
            d.source("topic.creation.default.partitions", String.valueOf(other))
                    .source("topic.creation.default.replication.factor", "3")
                    .source("topic.creation.groups", "hot")
                    .source("topic.creation.hot.include", ctx.naming().exampleDataTopic(ctx.engine()).replace(".", "\\."))
                    .source("topic.creation.hot.partitions", String.valueOf(hot));
        }
        return d.build();
    }

    static final String WHY_UP_FRONT = "Adding partitions later remaps keys to new partitions, so events of one row can briefly be "
            + "consumed out of order, and every keyed sink that orders by offset breaks. Size once for the planning horizon (see sizing).";

    static String preCreate(boolean server) {
        return server ? " (Debezium Server does not create topics with settings: topic.creation.* is a Kafka Connect feature)"
                : " (or use topic.creation groups)";
    }

    private static Decision shardRouting(RuleContext ctx) {
        return ctx.decision("kafka.shard-routing", "One logical topic per table across shards")
                .statement("Run one connector per shard and route each shard's table topic into one logical topic with the topic "
                        + "routing SMT, adding the shard id to the key so equal keys from different shards stay distinct.")
                .because("Consumers want one stream per logical table; the key-field augmentation keeps keys unique, so per-key "
                        + "ordering still holds within each shard's rows.")
                .source("transforms", "route")
                .source("transforms.route.type", "io.debezium.transforms.ByLogicalTableRouter")
                .source("transforms.route.topic.regex", "(.*)\\.shard_[0-9]+\\.(.*)")
                .source("transforms.route.topic.replacement", "$1.all_shards.$2")
                .source("transforms.route.key.field.name", "__shard")
                .ref(Refs.DBZ_TOPIC_ROUTING)
                .build();
    }
}
