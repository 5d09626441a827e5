package dev.cdcarchitect.rules.topology;

import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** Consumer groups per sink, their parallelism, and what happens when a sink is slower than the source. */
public final class ConsumerRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("consumers.groups", TOPOLOGY, ctx -> !ctx.noKafka(), ConsumerRules::groups),
            Rule.when("consumers.backpressure", TOPOLOGY, ctx -> !ctx.noKafka(), ConsumerRules::backpressure),
            Rule.when("kafka.multi-region", TOPOLOGY, ctx -> !ctx.noKafka() && ctx.requirements().multiRegion(), ConsumerRules::multiRegion));

    private ConsumerRules() {}

    private static Decision groups(RuleContext ctx) {
        int tasks = ctx.sizing().sinkTasksPerConnector();
        StringBuilder names = new StringBuilder();
        for (Target t : ctx.connectSinks()) {
            if (names.length() > 0) names.append(", ");
            names.append(ctx.naming().sinkGroup(t));
        }
        DecisionBuilder d = ctx.decision("consumers.groups", "One consumer group per sink, " + tasks + " members each")
                .statement("Each sink is its own consumer group" + (names.length() > 0 ? " (" + names + ")" : "") + " with up to "
                        + tasks + " tasks, the partition count of the busiest topic; groups use the cooperative rebalance protocol "
                        + "of Kafka Connect, so a worker loss moves only its tasks." + ConsumerApplications.sentence(ctx))
                .because(isolation(ctx) + " Within a group a "
                        + "partition has exactly one owner, which is what preserves per-key order; members beyond the partition count "
                        + "would sit idle.")
                .ref(Refs.KAFKA_CONSUMER_CONFIGS, Refs.KAFKA_CONNECT_CONFIGS);
        ConsumerApplications.settings(d, ctx);
        return d.build();
    }

    /** Why separate groups, told with the design's own sinks (a sentence naming absent sinks reads as boilerplate). */
    private static String isolation(RuleContext ctx) {
        List<Target> sinks = ctx.connectSinks();
        if (sinks.size() >= 2) {
            return "Separate groups isolate sinks: a slow " + sinks.get(0).label() + " sink does not hold back the "
                    + sinks.get(1).label() + " sink.";
        }
        if (sinks.size() == 1 && ctx.consumerApplications() > 0) {
            return "Separate groups isolate readers: a slow consumer application does not hold back the " + sinks.get(0).label()
                    + " sink.";
        }
        return "Separate groups isolate readers: each sink or consumer added later reads at its own pace without holding back "
                + "the others.";
    }

    private static Decision backpressure(RuleContext ctx) {
        DecisionBuilder d = ctx.decision("consumers.backpressure", "Backpressure: Kafka absorbs, the source never waits")
                .statement("Let Kafka buffer when a sink slows down: alert on consumer lag in time (lag / consume rate) at 25% of the "
                        + "latency SLO (" + Units.millis(ctx.requirements().latencySloMillis()) + ") and page at 50% of retention; "
                        + "bound the connector's in-memory queue so a slow broker pauses log reading instead of exhausting the heap.")
                .because("Kafka decouples the source from the sinks, so a slow sink only grows lag, up to the retention limit. On the "
                        + "source side, a full Debezium queue stops reading the log, which grows the retained log instead — bounded by "
                        + "the retention settings in section 2. Broker quotas on the Connect principals keep a re-snapshot or a "
                        + "catching-up sink from starving other clients; sink consumers get time to finish slow batches before they "
                        + "are evicted from the group.")
                .snippet("shell", "byte-rate quotas for the Connect principals (adjust to the cluster's headroom)",
                        "kafka-configs --bootstrap-server <bootstrap> --alter --add-config 'producer_byte_rate=104857600,consumer_byte_rate=209715200' \\\n"
                                + "  --entity-type users --entity-name connect")
                .source("max.batch.size", "4096")
                .source("max.queue.size", "16384")
                .source("max.queue.size.in.bytes", "268435456")
                .ref(ctx.knowledge().reference(), Refs.DBZ_MONITORING);
        if (ctx.requirements().latencySloMillis() < 1000) {
            d.warn("A sub-second end-to-end SLO leaves no room for sink batching (Snowflake, BigQuery, lakes flush every few "
                    + "seconds to minutes): state the SLO per sink.");
        }
        return d.build();
    }

    private static Decision multiRegion(RuleContext ctx) {
        return ctx.decision("kafka.multi-region", "Second region: replicate topics, run sinks there, capture in one region")
                .statement("Capture once in the source's region; mirror data, schema and DLQ topics to the second region with "
                        + "MirrorMaker 2 (or Cluster Linking on Confluent), keeping topic names and partition counts identical; fail "
                        + "the connector over only together with the source database.")
                .because("Two connectors on one source would emit every change twice in different orders. Identical partition "
                        + "counts keep keys on the same partitions, so per-key order survives mirroring; consumer offsets are "
                        + "translated by MirrorMaker 2's checkpoint topics.")
                .ref(Refs.KAFKA_GEO)
                .build();
    }
}
