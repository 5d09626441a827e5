package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;

/** Section 2 without Kafka: what delivery guarantee a native sink gives, and where transaction metadata goes. */
public final class NativeDeliveryRules {

    private NativeDeliveryRules() {}

    public static Decision semantics(RuleContext ctx) {
        String name = ctx.destination().label();
        DecisionBuilder d = ctx.decision("delivery.semantics", "At-least-once into " + name + ", effectively-once at the consumers")
                .statement("Debezium Server records a batch's offsets only after its sink handed the batch to " + name + ", and "
                        + "flushes them after every batch; after a crash it re-sends the batch it had not recorded. Every consumer "
                        + "applies events idempotently by primary key and keeps the newest source position.")
                .because("Upserts and deletes by key are idempotent, so at-least-once delivery yields the same end state as "
                        + "exactly-once. Without Kafka there are no transactions that would tie the write to the destination and the "
                        + "offset together.")
                .ref(Refs.DBZ_SERVER);
        d.warnIf(ctx.exactlyOnce(), "Exactly-once was asked for, but no native sink of Debezium Server offers it: after a crash "
                + "the unrecorded batch is sent again. Consumers stay idempotent by key and source position, as designed here.");
        return d.build();
    }

    public static Decision transactions(RuleContext ctx) {
        return ctx.decision("transactions.metadata", "Keep source transaction boundaries visible")
                .statement("Emit transaction metadata (BEGIN/END with event counts per table) to "
                        + ctx.destination().destination(ctx, ctx.naming().transactionTopic()) + " and a transaction block in every "
                        + "event, so consumers that need atomic views can buffer until a transaction is complete.")
                .because("Debezium emits a transaction's changes contiguously and in commit order, but each table's events go to "
                        + "their own destination; the transaction id and per-table counts are how a consumer reassembles them. "
                        + "Splitting tables of one transaction across connectors would lose this.")
                .source("provide.transaction.metadata", "true")
                .ref(ctx.knowledge().reference(), Refs.DBZ_SERVER)
                .build();
    }
}
