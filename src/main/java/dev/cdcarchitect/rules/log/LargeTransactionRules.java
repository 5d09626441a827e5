package dev.cdcarchitect.rules.log;

import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.source.OracleKnowledge;
import java.util.List;

/** Transactions that change very many rows: where they are buffered, and what they do (and do not do) to Kafka limits. */
public final class LargeTransactionRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("transactions.large", LOG_AND_SNAPSHOT,
                    ctx -> ctx.input().facts().largeTransactions() && ctx.engine() != SourceEngine.CASSANDRA, LargeTransactionRules::large));

    private LargeTransactionRules() {}

    private static Decision large(RuleContext ctx) {
        if (ctx.noKafka()) return withoutKafka(ctx);
        DecisionBuilder d = ctx.decision("transactions.large", "Large transactions: many events, buffered before and after Kafka")
                .statement("Keep max.request.size (producer, 1 MB by default) and the topics' max.message.bytes sized for the largest "
                        + "row, not the largest transaction: every changed row is its own event. Consumers that apply a transaction "
                        + "as a unit wait for its END event in " + ctx.naming().transactionTopic() + ", whose event_count per table says "
                        + "when it is complete, and must hold the whole transaction until then; the sinks here apply row by row and need no buffer.")
                .because(buffering(ctx))
                .ref(Refs.KAFKA_PRODUCER_CONFIGS, Refs.KAFKA_TOPIC_CONFIGS, ctx.knowledge().reference());
        if (ctx.engine() == SourceEngine.POSTGRESQL) d.ref(Refs.PG_RESOURCE_CONFIG);
        if (ctx.engine() == SourceEngine.ORACLE && !OracleKnowledge.xstream(ctx)) { // a LogMiner setting; XStream has none
            d.warn("Leave log.mining.transaction.retention.ms at 0: a transaction that outlives a non-zero retention is discarded "
                    + "entirely and none of its changes is emitted.");
        }
        if (ctx.transactionalSource()) {
            d.warn("With exactly-once source support the connector commits one Kafka transaction per poll "
                    + "(transaction.boundary=poll), so a large source transaction spans many Kafka transactions: read_committed "
                    + "consumers can see part of it before the rest.");
        }
        return d.warn("A large transaction arrives as one burst at commit: sink lag jumps by its row count divided by the sinks' "
                + "consume rate, so expect lag alerts after bulk jobs, not during them.").build();
    }

    /** Without Kafka the same facts, with the destination's message limit and the transaction destination instead of a topic. */
    private static Decision withoutKafka(RuleContext ctx) {
        String name = ctx.destination().label();
        DecisionBuilder d = ctx.decision("transactions.large", "Large transactions: many events, buffered before and after " + name)
                .statement("Size " + name + "'s message limit for the largest row, not the largest transaction: every changed row is "
                        + "its own event. Consumers that apply a transaction as a unit wait for its END event in "
                        + ctx.destination().destination(ctx, ctx.naming().transactionTopic()) + ", whose event_count per table says "
                        + "when it is complete, and must hold the whole transaction until then; the targets here apply row by row "
                        + "and need no buffer.")
                .because(buffering(ctx))
                .ref(Refs.DBZ_SERVER, ctx.knowledge().reference());
        if (ctx.engine() == SourceEngine.POSTGRESQL) d.ref(Refs.PG_RESOURCE_CONFIG);
        if (ctx.engine() == SourceEngine.ORACLE && !OracleKnowledge.xstream(ctx)) {
            d.warn("Leave log.mining.transaction.retention.ms at 0: a transaction that outlives a non-zero retention is discarded "
                    + "entirely and none of its changes is emitted.");
        }
        return d.warn("A large transaction arrives as one burst at commit: the targets' backlog in " + name + " jumps by its row "
                + "count divided by their consume rate, so expect backlog alerts after bulk jobs, not during them.").build();
    }

    private static String buffering(RuleContext ctx) {
        return switch (ctx.engine()) {
            case POSTGRESQL -> "PostgreSQL decodes a transaction for the slot only after it commits, spilling it to disk on the "
                    + "server beyond logical_decoding_work_mem, so the connector receives it as one run of events at commit time.";
            case ORACLE -> OracleKnowledge.xstream(ctx)
                    ? "The XStream outbound server sends a transaction's changes only after it commits, so the connector receives "
                            + "it as one run of events at commit time; the database buffers it meanwhile (size the streams pool for it)."
                    : "The LogMiner adapter buffers every running transaction until its commit or rollback "
                    + "(log.mining.buffer.type=memory keeps that buffer on the " + (ctx.noKafka() ? "Debezium Server" : "Connect worker")
                    + "'s heap): size the heap for the largest transaction, or use a persistent Infinispan buffer.";
            default -> "The " + ctx.engine().logName() + " hands the connector a transaction's rows after commit, in order, so its "
                    + "events reach " + (ctx.noKafka() ? ctx.destination().label() : "Kafka") + " together at commit time.";
        };
    }
}
