package dev.cdcarchitect.rules.topology;

import static dev.cdcarchitect.domain.ConfigScope.CONSUMER;

import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;

/** Consumer applications besides the sinks: their own groups, read isolation and a quota each. */
final class ConsumerApplications {

    /** An application may read at twice the design rate, enough to catch up after an outage without starving the sinks. */
    static final int QUOTA_TIMES_DESIGN_RATE = 2;

    private ConsumerApplications() {}

    /** The sentence the consumer-group decision adds for the applications; empty when there are none. */
    static String sentence(RuleContext ctx) {
        int apps = ctx.consumerApplications();
        if (apps == 0) return "";
        return " " + (apps == 1 ? "The consumer application reads" : "The " + apps + " consumer applications each read")
                + " the change topics in " + (apps == 1 ? "its" : "their") + " own group.id (never a sink's group, which would "
                + "split the partitions between them), with a client.id to match, under a consumer byte-rate quota of "
                + QUOTA_TIMES_DESIGN_RATE + "x the design throughput on " + (apps == 1 ? "its" : "each") + " principal.";
    }

    static void settings(DecisionBuilder d, RuleContext ctx) {
        int apps = ctx.consumerApplications();
        if (apps == 0) return;
        long quota = Math.round(ctx.sizing().megabytesPerSecond() * 1e6 * QUOTA_TIMES_DESIGN_RATE);
        String component = apps == 1 ? "consumer application" : "each consumer application";
        d.set(CONSUMER, component, "group.id", "cdc-<application>")
                .set(CONSUMER, component, "client.id", "cdc-<application>")
                .set(CONSUMER, component, "isolation.level", ctx.exactlyOnce() ? "read_committed" : "read_uncommitted")
                .set(CONSUMER, component, "enable.auto.commit", "false")
                .snippet("shell", "consumer quota per application principal (" + QUOTA_TIMES_DESIGN_RATE + " x the design throughput)",
                        "kafka-configs --bootstrap-server <bootstrap> --alter --add-config 'consumer_byte_rate=" + quota + "' \\\n"
                                + "  --entity-type users --entity-name <application principal>")
                .ref(Refs.KAFKA_QUOTAS);
    }
}
