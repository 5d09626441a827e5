package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.ConfigScope.CONSUMER;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;
import java.util.Locale;

/**
 * The stated downstream exactly-once consumer (Kafka Streams, Flink or another application): what it must set so
 * that the transactions the connector writes stay exactly-once through it.
 */
public final class DownstreamExactlyOnceRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("delivery.downstream-exactly-once", LOG_AND_SNAPSHOT,
                    ctx -> ctx.requirements().downstreamExactlyOnce() != null, DownstreamExactlyOnceRules::downstream));

    /** Brokers' default cap on a transaction's timeout (transaction.max.timeout.ms, 15 min). */
    static final long BROKER_MAX_TRANSACTION_TIMEOUT_MS = 900_000;

    private DownstreamExactlyOnceRules() {}

    private static Decision downstream(RuleContext ctx) {
        String stated = ctx.requirements().downstreamExactlyOnce();
        if (ctx.noKafka()) return withoutKafka(ctx, stated);
        String lower = stated.toLowerCase(Locale.ROOT);
        DecisionBuilder d;
        if (lower.contains("streams")) {
            d = kafkaStreams(ctx, stated);
        } else if (lower.contains("flink")) {
            d = flink(ctx, stated);
        } else {
            d = consumer(ctx, stated);
        }
        d.ref(Refs.DBZ_EOS);
        if (!ctx.transactionalSource()) {
            d.warn("The " + ctx.engine().displayName() + " source connector " + (ctx.debeziumServer() ? "runs in Debezium Server, which"
                    : "") + " cannot write in Kafka transactions, so a connector restart can hand this consumer the same change twice: "
                    + "drop repeats by key and source position before they change its results.");
        }
        return d.warn("Kafka transactions are committed per connector poll (transaction.boundary=poll, required for Debezium), "
                + "not per source transaction: read_committed hides aborted writes, it does not deliver a source transaction "
                + "atomically. Use the transaction metadata topic for that.").build();
    }

    /**
     * Without Kafka there are no transactions for the consumer to read read_committed, and no Kafka Streams or Flink Kafka
     * source to read them with: the stated consumer reaches exactly-once results only by applying changes idempotently.
     */
    private static Decision withoutKafka(RuleContext ctx, String stated) {
        String name = ctx.destination().label();
        return ctx.decision("delivery.downstream-exactly-once", "Exactly-once results downstream of " + name + ": idempotent by key and source position")
                .statement("Run the stated downstream consumer (stated: " + stated + ") against " + name + " with its own client, and "
                        + "make its results exactly-once itself: apply each change keyed by the row's primary key, skip any change whose "
                        + "source position (the event's source block) is not newer than the one already applied for that key, and "
                        + "commit its output together with its read position (one database transaction, or one checkpoint).")
                .because("Debezium Server delivers to " + name + " at least once: after a crash it re-sends the batch whose offsets it "
                        + "had not recorded, and the destination offers no transactions spanning the source's offset and the write. "
                        + "Deduplicating by key and source position turns those repeats into no-ops, which is what exactly-once "
                        + "processing means for this consumer.")
                .ref(Refs.DBZ_SERVER)
                .warn("A processing framework's exactly-once mode that is built on broker transactions (transactional producers "
                        + "and consumers that read only committed records) has nothing to work with here; its checkpoints still help, "
                        + "as long as the output it writes is idempotent.")
                .build();
    }

    private static DecisionBuilder kafkaStreams(RuleContext ctx, String stated) {
        String app = "downstream Kafka Streams application";
        return ctx.decision("delivery.downstream-exactly-once", "End-to-end exactly-once through Kafka Streams (exactly_once_v2)")
                .statement("Run the downstream Kafka Streams application (stated: " + stated + ") with "
                        + "processing.guarantee=exactly_once_v2: it reads the change topics read_committed and "
                        + "commits its output records, state-store changelogs and input offsets in one transaction per commit "
                        + "(commit.interval.ms is 100 ms under exactly-once), with its internal topics at replication factor 3.")
                .because("The connector's transactions make each change appear once in Kafka; exactly_once_v2 extends that through "
                        + "the application's read-process-write cycle, so a restart re-processes from the last committed offsets "
                        + "without emitting results twice. Anything it writes outside Kafka is not covered and must be idempotent.")
                .set(CONSUMER, app, "processing.guarantee", "exactly_once_v2")
                .set(CONSUMER, app, "commit.interval.ms", "100")
                .set(CONSUMER, app, "replication.factor", "3")
                .ref(Refs.KAFKA_STREAMS_CONFIG, Refs.KAFKA_CONNECT_EOS)
                .warn("exactly_once_v2 needs brokers 2.5 or newer and, with the default transaction.state.log.replication.factor=3 "
                        + "and transaction.state.log.min.isr=2, at least three brokers.");
    }

    private static DecisionBuilder flink(RuleContext ctx, String stated) {
        String job = "downstream Flink job";
        long checkpointMillis = Math.max(1000, ctx.requirements().latencySloMillis() / 2);
        return ctx.decision("delivery.downstream-exactly-once", "End-to-end exactly-once through Flink (checkpointed Kafka transactions)")
                .statement("Run the downstream Flink job (stated: " + stated + ") with checkpointing every " + checkpointMillis
                        + " ms, its Kafka source reading "
                        + "read_committed and its Kafka sink writing with DeliveryGuarantee.EXACTLY_ONCE (SQL: 'sink.delivery-guarantee' = "
                        + "'exactly-once') under a transactional id prefix no other job uses; its transaction timeout stays within the "
                        + "brokers' transaction.max.timeout.ms (15 min by default) and above the longest checkpoint plus a restart.")
                .because("Flink commits its Kafka transactions when a checkpoint completes, so output becomes visible once per "
                        + "checkpoint (half the " + dev.cdcarchitect.domain.Units.millis(ctx.requirements().latencySloMillis())
                        + " latency objective here) and a restart rolls back to the last checkpoint without duplicates. A transaction "
                        + "that outlives its timeout is aborted by the broker, losing its records.")
                .set(CONSUMER, job, "execution.checkpointing.interval", checkpointMillis + " ms")
                .set(CONSUMER, job, "properties.isolation.level", "read_committed")
                .set(CONSUMER, job, "sink.delivery-guarantee", "exactly-once")
                .set(CONSUMER, job, "sink.transactional-id-prefix", "cdc-flink-job")
                .set(CONSUMER, job, "properties.transaction.timeout.ms", String.valueOf(BROKER_MAX_TRANSACTION_TIMEOUT_MS))
                .ref(Refs.FLINK_KAFKA, Refs.FLINK_KAFKA_SQL, Refs.KAFKA_BROKER_CONFIGS)
                .warn("The Kafka sink's own default transaction timeout (1 hour in the connector's KafkaSinkBuilder) is above the "
                        + "brokers' default cap of 15 minutes: set properties.transaction.timeout.ms as here, or raise "
                        + "transaction.max.timeout.ms on the brokers if checkpoints plus a restart can take longer.");
    }

    private static DecisionBuilder consumer(RuleContext ctx, String stated) {
        String app = "downstream consumer";
        return ctx.decision("delivery.downstream-exactly-once", "End-to-end exactly-once into the downstream consumer")
                .statement("Have the downstream consumer (stated: " + stated + ") read with isolation.level=read_committed and commit offsets only after its own write: "
                        + "writes back to Kafka go through a transactional producer that commits the input offsets in the same "
                        + "transaction; writes elsewhere are upserts keyed by the primary key and guarded by the source position.")
                .because("read_committed keeps aborted connector transactions out; a consume-transform-produce transaction makes "
                        + "the application's own output exactly-once, and a keyed upsert guarded by the source position makes a "
                        + "repeated write harmless where no transaction spans both systems.")
                .set(CONSUMER, app, "isolation.level", "read_committed")
                .set(CONSUMER, app, "enable.auto.commit", "false")
                .ref(Refs.KAFKA_CONSUMER_CONFIGS, Refs.KAFKA_PRODUCER_CONFIGS);
    }
}
