package dev.cdcarchitect.rules.sink;

import static dev.cdcarchitect.domain.ConfigScope.SINK_CONNECTOR;

import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;

/** Settings every Kafka Connect sink in a design shares: topics, parallelism, error handling and DLQ. */
final class SinkSettings {

    private SinkSettings() {}

    static DecisionBuilder common(DecisionBuilder d, RuleContext ctx, Target target, String connectorClass) {
        String name = ctx.naming().sinkConnector(target);
        d.set(SINK_CONNECTOR, name, "connector.class", connectorClass)
                .set(SINK_CONNECTOR, name, "topics.regex", ctx.naming().dataTopicPattern())
                .set(SINK_CONNECTOR, name, "tasks.max", ctx.sizing().sinkTasksPerConnector())
                .set(SINK_CONNECTOR, name, "errors.tolerance", "all")
                .set(SINK_CONNECTOR, name, "errors.deadletterqueue.topic.name", ctx.naming().dlqTopic(target))
                .set(SINK_CONNECTOR, name, "errors.deadletterqueue.topic.replication.factor", "3")
                .set(SINK_CONNECTOR, name, "errors.deadletterqueue.context.headers.enable", "true")
                .set(SINK_CONNECTOR, name, "errors.retry.timeout", "300000")
                .set(SINK_CONNECTOR, name, "errors.retry.delay.max.ms", "60000")
                .set(SINK_CONNECTOR, name, "errors.log.enable", "true")
                .set(SINK_CONNECTOR, name, "errors.log.include.messages", "false")
                .set(SINK_CONNECTOR, name, "consumer.override.max.poll.records", "2000")
                .set(SINK_CONNECTOR, name, "consumer.override.max.poll.interval.ms", "600000")
                .ref(Refs.KIP_298, Refs.CONFLUENT_CONNECT_DLQ);
        if (ctx.exactlyOnce()) {
            d.set(SINK_CONNECTOR, name, "consumer.override.isolation.level", "read_committed");
        }
        return d;
    }

    /** Flattens the Debezium envelope to the row; {@code deletes} is the SMT's delete.tombstone.handling.mode. */
    static DecisionBuilder unwrap(DecisionBuilder d, RuleContext ctx, Target target, String deletes) {
        return unwrap(d, ctx, target, deletes, "unwrap");
    }

    /** As {@link #unwrap(DecisionBuilder, RuleContext, Target, String)}, with the full transform chain named. */
    static DecisionBuilder unwrap(DecisionBuilder d, RuleContext ctx, Target target, String deletes, String chain) {
        String name = ctx.naming().sinkConnector(target);
        return d.set(SINK_CONNECTOR, name, "transforms", chain)
                .set(SINK_CONNECTOR, name, "transforms.unwrap.type", Flattening.smtClass(ctx))
                .set(SINK_CONNECTOR, name, "transforms.unwrap.delete.tombstone.handling.mode", deletes)
                .set(SINK_CONNECTOR, name, "transforms.unwrap.add.fields", Flattening.addedFields(ctx))
                .ref(Flattening.reference(ctx));
    }
}
