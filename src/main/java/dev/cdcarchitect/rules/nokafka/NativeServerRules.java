package dev.cdcarchitect.rules.nokafka;

import static dev.cdcarchitect.domain.ConfigScope.DEBEZIUM_SERVER;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/**
 * Section 1 when Kafka is ruled out: Debezium Server with a native sink, where it keeps its offsets, and how secrets
 * reach it. The server decision keeps the id engine.debezium-server, so a comparison with the Kafka-sink variant
 * shows the change.
 */
public final class NativeServerRules {

    public static final List<Rule> ALL = List.of(
            Rule.when("engine.offset-store", ENGINE, RuleContext::noKafka, NativeServerRules::offsetStore));

    /** Above this one process is likely to fall behind (as EngineRules plans for Connect tasks). */
    private static final double SINGLE_SERVER_EVENTS_PER_SECOND = 25_000;

    private NativeServerRules() {}

    public static Decision server(RuleContext ctx) {
        NativeSinkKnowledge dest = ctx.destination();
        String name = dest.label();
        DecisionBuilder d = ctx.decision("engine.debezium-server", "Debezium Server, one instance, delivering to " + name)
                .statement("Run the connector in Debezium Server (a standalone Quarkus process) with its " + dest.sink().displayName() + " sink "
                        + "(debezium.sink.type=" + dest.sink().sinkType() + "): exactly one instance (a Kubernetes Deployment with "
                        + "replicas: 1 and the Recreate strategy, or the Debezium Operator's DebeziumServer resource). There are no "
                        + "brokers, topics, Connect workers or sink connectors in this design: the targets are fed from " + name + " directly.")
                .because("Kafka is ruled out, and Debezium Server is the Debezium runtime that delivers change events straight to "
                        + name + ": one process, one configuration file, a health endpoint (/q/health) for the orchestrator. The "
                        + "price: no failover to a standby (two instances on one log position would both publish), no REST API to "
                        + "pause or reconfigure (a change is a redeploy), and no exactly-once delivery.")
                .set(DEBEZIUM_SERVER, ctx.connector(), "debezium.sink.type", dest.sink().sinkType())
                .setAll(dest.settings(ctx))
                .ref(Refs.DBZ_SERVER)
                .warn("Never run two Debezium Server instances for one connector, not even during a rolling update: use the "
                        + "Recreate strategy. Recovery after a crash is a pod restart (about a minute).");
        if (ctx.sizing().eventsPerSecond() > SINGLE_SERVER_EVENTS_PER_SECOND) {
            d.warn("At this rate plan one Debezium Server per table group, each with its own offsets, slot or server id, and "
                    + "topic prefix; one process cannot be scaled out.");
        }
        return d.build();
    }

    private static Decision offsetStore(RuleContext ctx) {
        boolean redis = ctx.destination().keepsOffsets();
        DecisionBuilder d = ctx.decision("engine.offset-store", redis ? "Offsets in Redis, beside the streams"
                        : "Offsets in a file on a persistent volume")
                .statement("Keep the source offsets in " + OffsetStore.describe(ctx) + " and flush them after every batch "
                        + "(offset.flush.interval.ms=0)" + (redis ? "; the store takes the sink's Redis address and credentials."
                        : "; mount a PersistentVolumeClaim at " + NativeNames.DATA_DIR + " in the server's pod."))
                .because("Without Kafka there is no offsets topic. A file in the container's own filesystem vanishes with the pod, "
                        + "and a connector without offsets no longer knows where it stopped: it starts over as snapshot.mode says. "
                        + (redis ? "Redis already holds the streams, so offsets there live and fail together with the data they describe."
                        : "A persistent volume survives restarts and rescheduling; the memory store is for tests only.")
                        + " Flushing after every batch limits re-delivery after a crash to the batch in flight.")
                .setAll(OffsetStore.settings(ctx))
                .ref(Refs.DBZ_SERVER);
        return d.warn("Back up the offsets" + (ctx.knowledge().usesSchemaHistory() ? " together with the schema history" : "")
                + " (volume snapshots, or Redis persistence): losing them means a new snapshot or a gap.").build();
    }

    /** Section 1's transport-security decision when only Debezium Server reads the settings. */
    public static Decision security(RuleContext ctx) {
        String name = ctx.destination().label();
        return ctx.decision("security.transport-and-secrets", "TLS everywhere, secrets as environment variables")
                .statement("Encrypt every hop (database, " + name + ") with TLS; keep passwords and keys out of application.properties: "
                        + "each secret is a ${NAME} property expression filled from a Kubernetes Secret exposed as environment "
                        + "variables; cloud destinations authenticate with the platform's workload identity where it offers one.")
                .because("Debezium Server reads its configuration through MicroProfile Config, which resolves ${NAME} expressions "
                        + "from the environment; the file ends up in Git and images, the expression only names the secret.")
                .ref(Refs.DBZ_SERVER)
                .warn("Give the server's identity only the rights it needs on " + name + ": publish to the change destinations, "
                        + "nothing else.")
                .build();
    }
}
