package dev.cdcarchitect.rules.topology;

import static dev.cdcarchitect.domain.ConfigScope.TOPIC;
import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Topic-level durability and retention, per kind of topic. */
public final class TopicRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("kafka.topic-durability", TOPOLOGY, ctx -> !ctx.noKafka(), TopicRules::durability),
            Rule.when("kafka.topic-retention", TOPOLOGY, ctx -> !ctx.noKafka(), TopicRules::retention));

    private TopicRules() {}

    /** 8 MiB covers rows with large values; a stated largest row raises it. */
    static final long DEFAULT_MESSAGE_LIMIT = 8L * 1024 * 1024;

    /** The largest change event the topics and the source's producer must accept, whole MiB. */
    static long messageLimit(RuleContext ctx) {
        long largestRow = ctx.source().largestRowBytes();
        if (largestRow <= 0) return DEFAULT_MESSAGE_LIMIT;
        double event = largestRow * ctx.knowledge().rowImagesPerEvent(ctx.source()) + 1024;
        long mib = 1024L * 1024;
        return Math.max(DEFAULT_MESSAGE_LIMIT, (long) Math.ceil(event / mib) * mib);
    }

    private static Decision durability(RuleContext ctx) {
        String data = ctx.naming().topicPrefix() + ".* (data topics)";
        String limit = String.valueOf(messageLimit(ctx));
        long largestRow = ctx.source().largestRowBytes();
        return ctx.decision("kafka.topic-durability", "Replication factor 3, min.insync.replicas 2, acks=all")
                .statement("Every topic of the pipeline uses replication factor 3 and min.insync.replicas=2; producers use acks=all; "
                        + "unclean leader election stays off.")
                .because("With acks=all and two in-sync replicas required, an acknowledged event survives the loss of any one broker, "
                        + "and the topic stays writable during a rolling restart. acks=0/1 or unclean election can silently drop "
                        + "acknowledged changes, which a CDC pipeline can never repair.")
                .set(TOPIC, data, "replication.factor", "3")
                .set(TOPIC, data, "min.insync.replicas", "2")
                .set(TOPIC, data, "unclean.leader.election.enable", "false")
                .set(TOPIC, data, "compression.type", "producer")
                .set(TOPIC, data, "max.message.bytes", limit)
                .source("producer.override.max.request.size", limit)
                .ref(Refs.KAFKA_TOPIC_CONFIGS, Refs.KAFKA_PRODUCER_CONFIGS)
                .warnIf(largestRow > 0, "The largest stated row (" + Units.bytes(largestRow) + ") makes change events of up to "
                        + Units.bytes(messageLimit(ctx)) + " (before and after images and the envelope): max.message.bytes and the "
                        + "producer's max.request.size are raised to it, or such an event fails the task as a poison pill. "
                        + "Sinks and consumers still fetch it: a record larger than max.partition.fetch.bytes is returned on its own.")
                .build();
    }

    private static Decision retention(RuleContext ctx) {
        int days = ctx.requirements().retentionDays();
        long retentionMs = days * 86_400_000L;
        String data = ctx.naming().topicPrefix() + ".* (data topics)";
        DecisionBuilder d = ctx.decision("kafka.topic-retention", "Retention per topic kind")
                .statement("Data topics: delete after " + days + " days (longer than the longest sink outage you will tolerate). "
                        + "Heartbeat: 1 day. Transaction metadata: same as data. Signal topic: 1 partition. DLQs: 14 days. Connect "
                        + "internal topics: compacted (created by the workers).")
                .because("Retention decides how long a failed sink can catch up by itself; past it, recovery means a re-snapshot. "
                        + "Compacted data topics are the alternative when sinks must be rebuildable from Kafka alone, at the price of "
                        + "keeping every live row in Kafka.")
                .set(TOPIC, data, "cleanup.policy", "delete")
                .set(TOPIC, data, "retention.ms", String.valueOf(retentionMs))
                .set(TOPIC, ctx.naming().heartbeatTopic(), "cleanup.policy", "delete")
                .set(TOPIC, ctx.naming().heartbeatTopic(), "retention.ms", "86400000")
                .set(TOPIC, ctx.naming().transactionTopic(), "cleanup.policy", "delete")
                .set(TOPIC, ctx.naming().transactionTopic(), "retention.ms", String.valueOf(retentionMs))
                .set(TOPIC, ctx.naming().signalTopic(), "partitions", "1")
                .ref(Refs.KAFKA_TOPIC_CONFIGS);
        for (Target target : ctx.connectSinks()) {
            d.set(TOPIC, ctx.naming().dlqTopic(target), "cleanup.policy", "delete")
                    .set(TOPIC, ctx.naming().dlqTopic(target), "retention.ms", String.valueOf(14 * 86_400_000L));
        }
        return d.build();
    }
}
