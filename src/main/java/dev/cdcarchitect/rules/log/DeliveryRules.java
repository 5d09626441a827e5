package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.ConfigScope.WORKER;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.ExactlyOnceSources;
import dev.cdcarchitect.rules.nokafka.NativeDeliveryRules;
import java.util.List;

/** Delivery semantics into Kafka and the transaction boundaries the events keep. */
public final class DeliveryRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("delivery.semantics", LOG_AND_SNAPSHOT, ctx -> ctx.engine() != SourceEngine.CASSANDRA, DeliveryRules::semantics),
            Rule.when("transactions.metadata", LOG_AND_SNAPSHOT, ctx -> ctx.engine() != SourceEngine.CASSANDRA, DeliveryRules::transactions));

    private DeliveryRules() {}

    private static Decision semantics(RuleContext ctx) {
        if (ctx.noKafka()) return NativeDeliveryRules.semantics(ctx);
        String group = ctx.naming().connectGroup();
        DecisionBuilder d;
        if (ctx.transactionalSource()) {
            d = ctx.decision("delivery.semantics", "Exactly-once from the log into Kafka")
                    .statement("Enable Kafka Connect exactly-once source support (KIP-618, Kafka 3.3+) on every worker and require it "
                            + "for the connector: records and source offsets are committed in one Kafka transaction per poll. "
                            + "Consumers read with isolation.level=read_committed; sinks stay idempotent by key.")
                    .because("Without it, a crash between producing and committing offsets replays up to offset.flush.interval.ms of "
                            + "events. With it, duplicates into Kafka disappear, but the sink write and the sink's offset commit are "
                            + "still separate systems, so idempotent upserts by key remain required end to end.")
                    .set(WORKER, group, "exactly.once.source.support", "enabled")
                    .source("exactly.once.support", "required")
                    .source("transaction.boundary", "poll")
                    .ref(Refs.KIP_618, Refs.KAFKA_CONNECT_EOS, Refs.DBZ_EOS)
                    .warn("Roll out exactly.once.source.support in two steps (preparing, then enabled) on an existing cluster; "
                            + "with 'required' the connector refuses to start where exactly-once is unavailable rather than silently degrading.");
            KafkaPlatform platform = ctx.input().platform();
            if (platform == KafkaPlatform.AMAZON_MSK || platform == KafkaPlatform.CONFLUENT_CLOUD) {
                d.warn("On " + platform.displayName() + " managed connectors you cannot set worker properties: run the source "
                        + "connector on a self-managed Connect cluster to get exactly-once source support.");
            }
        } else {
            d = ctx.decision("delivery.semantics", "At-least-once into Kafka, effectively-once at the sinks")
                    .statement("Produce with idempotent, acks=all producers (no duplicates from producer retries) and accept redelivery "
                            + "of at most one offset-flush interval after a crash; every sink applies events idempotently by primary key.")
                    .because("Upserts and deletes by key are idempotent, so at-least-once delivery yields the same end state as "
                            + "exactly-once at lower cost. " + (ctx.debeziumServer()
                                    ? "Exactly-once source support would need the connector on Kafka Connect."
                                    : ExactlyOnceSources.supports(ctx.engine())
                                            ? "Exactly-once source support is one switch away if a consumer needs it."
                                            : "The Debezium " + ctx.engine().displayName() + " connector has no exactly-once source "
                                                    + "support, so keyed upserts are what absorb a replay."))
                    .ref(Refs.KAFKA_PRODUCER_CONFIGS, Refs.DBZ_EOS);
            if (ctx.exactlyOnce() && !ctx.debeziumServer()) {
                d.warn("Exactly-once was asked for, but the Debezium " + ctx.engine().displayName() + " connector does not support "
                        + "Kafka Connect's exactly-once source support (Debezium lists MariaDB, MongoDB, MySQL, Oracle, PostgreSQL and "
                        + "SQL Server); with exactly.once.support=required it would refuse to start. After a crash it re-sends the "
                        + "events since the last offset flush: consumers drop them by key and source position.");
            } else if (ctx.exactlyOnce()) {
                d.warn("Exactly-once was asked for, but Debezium Server has no exactly-once source support (that is Kafka "
                        + "Connect's KIP-618): after a crash it re-sends the events since the last offset flush. Run the source "
                        + "connector on Kafka Connect to get it, or keep the sinks idempotent by key as designed here.");
            }
        }
        // Debezium Server's Kafka sink takes its producer settings as debezium.sink.kafka.producer.* (engine.debezium-server).
        if (ctx.debeziumServer()) return d.build();
        return d.source("producer.override.acks", "all")
                .source("producer.override.enable.idempotence", "true")
                .source("producer.override.max.in.flight.requests.per.connection", "5")
                .source("producer.override.compression.type", "zstd")
                .source("producer.override.linger.ms", "20")
                .build();
    }

    private static Decision transactions(RuleContext ctx) {
        if (ctx.noKafka()) return NativeDeliveryRules.transactions(ctx);
        return ctx.decision("transactions.metadata", "Keep source transaction boundaries visible")
                .statement("Emit transaction metadata (BEGIN/END with event counts per table) to " + ctx.naming().transactionTopic()
                        + " and a transaction block in every event, so consumers that need atomic views can buffer until a "
                        + "transaction is complete.")
                .because("Debezium emits a transaction's changes contiguously and in commit order, but across table topics they land "
                        + "in different partitions; the transaction id and per-table counts are how a consumer reassembles them. "
                        + "Splitting tables of one transaction across connectors would lose this.")
                .source("provide.transaction.metadata", "true")
                .ref(ctx.knowledge().reference())
                .build();
    }
}
