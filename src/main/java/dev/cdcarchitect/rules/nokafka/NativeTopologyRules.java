package dev.cdcarchitect.rules.nokafka;

import static dev.cdcarchitect.domain.SpecSection.TOPOLOGY;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/**
 * Section 4 without Kafka: how the destination keeps per-key order, what must exist before the server starts, how
 * the targets read from it, and where backpressure goes. No partitions, topics or consumer groups of Kafka.
 */
public final class NativeTopologyRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("destination.ordering", TOPOLOGY, RuleContext::noKafka, NativeTopologyRules::ordering),
            Rule.when("destination.setup", TOPOLOGY, RuleContext::noKafka, NativeTopologyRules::setup),
            Rule.when("destination.consumers", TOPOLOGY, RuleContext::noKafka, NativeTopologyRules::consumers),
            Rule.when("destination.backpressure", TOPOLOGY, RuleContext::noKafka, NativeTopologyRules::backpressure));

    private NativeTopologyRules() {}

    private static Decision ordering(RuleContext ctx) {
        NativeSinkKnowledge dest = ctx.destination();
        boolean composite = ctx.source().has(KeyTrait.COMPOSITE);
        DecisionBuilder d = ctx.decision("destination.ordering", "Per-key order in " + dest.label())
                .statement(dest.ordering(ctx) + (composite ? " A composite key is one JSON object with all key columns in key order." : ""))
                .because(dest.orderingReason() + " Any other key (round-robin, random, a non-key column) would let a consumer "
                        + "apply an older change of a row after a newer one.")
                .ref(Refs.DBZ_SERVER)
                .ref(dest.references().toArray(new Reference[0]));
        dest.warnings(ctx).forEach(d::warn);
        d.warnIf(ctx.source().has(KeyTrait.HOT_KEYS), "Hot keys stay on one key by design: a row updated thousands of times a "
                + "second caps that key's consumer. Fix it in the data model (split the counter), not by changing the key.");
        d.warnIf(ctx.source().has(KeyTrait.MISSING_PRIMARY_KEY), "Tables without a primary key have no key unless "
                + "message.key.columns names unique columns; their events lose per-row order.");
        return d.build();
    }

    private static Decision setup(RuleContext ctx) {
        NativeSinkKnowledge dest = ctx.destination();
        int days = ctx.requirements().retentionDays();
        DecisionBuilder d = ctx.decision("destination.setup", "Create the destinations before the server starts")
                .statement(dest.setup(ctx) + " Keep events for " + days + " days where the service has a retention setting, longer "
                        + "than the longest consumer outage you will tolerate. Heartbeats go to "
                        + dest.destination(ctx, NativeNames.HEARTBEAT_PREFIX + "." + ctx.naming().topicPrefix()) + ".")
                .because("Debezium Server names each destination after the Debezium topic of the table; creating them up front fixes "
                        + "their settings instead of leaving them to defaults. The retention decides how long a failed consumer can "
                        + "catch up by itself; past it, recovery means a re-snapshot.")
                .source("topic.heartbeat.prefix", NativeNames.HEARTBEAT_PREFIX)
                .ref(Refs.DBZ_SERVER)
                .ref(dest.references().toArray(new Reference[0]));
        d.warnIf(ctx.requirements().multiRegion(), "A second region was asked for: capture stays in the source's region; use "
                + dest.label() + "'s own cross-region features for the consumers there, never a second connector.");
        return d.build();
    }

    private static Decision consumers(RuleContext ctx) {
        NativeSinkKnowledge dest = ctx.destination();
        String name = dest.label();
        DecisionBuilder d = ctx.decision("destination.consumers", "Targets fed from " + name + " directly")
                .statement("Each target is fed from " + name + " by " + dest.subscription() + "; no connector runs between "
                        + name + " and the targets. Per target:")
                .because("Independent subscriptions isolate the targets: a slow one lags alone and catches up within the "
                        + "destination's retention. Delivery is at least once, so every consumer applies events by key and source "
                        + "position.")
                .ref(Refs.DBZ_SERVER)
                .ref(dest.references().toArray(new Reference[0]));
        for (Target target : ctx.targets()) {
            d.warn(dest.feed(target)).ref(dest.feedReferences(target).toArray(new Reference[0]));
        }
        if (ctx.targets().isEmpty()) d.warn("Consumers: " + dest.subscription() + " each.");
        return d.build();
    }

    private static Decision backpressure(RuleContext ctx) {
        String name = ctx.destination().label();
        String slo = Units.millis(ctx.requirements().latencySloMillis());
        boolean buffers = ctx.destination().buffers();
        DecisionBuilder d = ctx.decision("destination.backpressure", "Backpressure: " + (buffers ? name + " buffers" : "the receiver sets the pace")
                        + ", the queue is bounded")
                .statement((buffers ? "Let " + name + " buffer when a consumer slows down: alert on each consumer's backlog age at 25% "
                        + "of the latency SLO (" + slo + ") and page at 50% of the retention" : "Nothing buffers between the server and "
                        + "the receiving service: alert when its response time passes 25% of the latency SLO (" + slo + ")")
                        + "; bound the server's in-memory queue so a slow or throttling destination pauses log reading instead of "
                        + "exhausting the heap.")
                .because((buffers ? "The destination decouples the source from the targets, so a slow consumer only grows its backlog. "
                        : "A slow receiver slows capture directly. ") + "When the destination itself slows down, the sink retries, the "
                        + "full queue stops reading the log, and the source keeps more log instead, bounded by the retention settings "
                        + "in section 2.")
                .source("max.batch.size", "4096")
                .source("max.queue.size", "16384")
                .source("max.queue.size.in.bytes", "268435456")
                .ref(ctx.knowledge().reference(), Refs.DBZ_SERVER, Refs.DBZ_MONITORING);
        d.warnIf(ctx.requirements().latencySloMillis() < 1000, "A sub-second end-to-end SLO leaves no room for consumer batching "
                + "(warehouses and lakes load every few seconds to minutes): state the SLO per target.");
        return d.build();
    }
}
