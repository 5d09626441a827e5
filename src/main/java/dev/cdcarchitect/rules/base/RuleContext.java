package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.Requirements;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import java.util.List;
import java.util.Map;

/**
 * Everything a rule may read: the input, the derived sizing, names, and the engine and sink knowledge. The native
 * destination is looked up by the engine and handed in (null in a Kafka design), so this shared type does not
 * depend on the catalogue of destinations.
 */
public record RuleContext(
        DesignInput input,
        Sizing sizing,
        PipelineNames naming,
        SourceKnowledge knowledge,
        Map<TargetKind, SinkKnowledge> sinks,
        NativeSinkKnowledge destination) {

    public SourceProfile source() { return input.source(); }

    public SourceEngine engine() { return input.source().engine(); }

    public Requirements requirements() { return input.requirements(); }

    public List<Target> targets() { return input.targets(); }

    public boolean targets(TargetKind kind) { return input.targets(kind); }

    /** Exactly-once was asked for, directly or by naming a downstream exactly-once consumer. */
    public boolean exactlyOnce() {
        return input.requirements().exactlyOnce() || input.requirements().downstreamExactlyOnce() != null;
    }

    /**
     * The source connector writes its events and offsets in Kafka transactions: exactly-once was asked for, it runs
     * on Kafka Connect, and its Debezium connector supports Connect's exactly-once source support.
     */
    public boolean transactionalSource() {
        return exactlyOnce() && !debeziumServer() && ExactlyOnceSources.supports(engine());
    }

    /** Consumer applications besides the sinks, each its own consumer group. */
    public int consumerApplications() { return FanOut.applications(input.requirements()); }

    /** The freshness objective stated for one sink, or 0 when only the global latency SLO applies. */
    public long sinkFreshnessMillis(TargetKind kind) {
        return input.requirements().sinkFreshnessMillis().getOrDefault(kind, 0L);
    }

    /** The source connector runs in Debezium Server rather than on Kafka Connect. */
    public boolean debeziumServer() { return input.requirements().debeziumServer(); }

    /** Kafka was ruled out: Debezium Server delivers to a native sink and nothing in the design may be Kafka. */
    public boolean noKafka() { return input.requirements().noKafka(); }

    /** What the engine knows about the native destination; only when {@link #noKafka()}. */
    public NativeSinkKnowledge destination() {
        if (!noKafka()) throw new IllegalStateException("no native sink in a Kafka design");
        return destination;
    }

    /** What the user stated about the source beyond its size (assets such as a GoldenGate licence). */
    public SourceFacts facts() { return input.facts() == null ? SourceFacts.NONE : input.facts(); }

    public String connector() { return naming.sourceConnector(); }

    public DecisionBuilder decision(String id, String title) {
        return new DecisionBuilder(id, title, naming.sourceConnector(), knowledge.runsOnKafkaConnect());
    }

    public Target target(TargetKind kind) {
        for (Target t : input.targets()) {
            if (t.kind() == kind) return t;
        }
        throw new IllegalStateException("no target " + kind);
    }

    /** Sinks that run on Kafka Connect, each with its own consumer group and DLQ. */
    public List<Target> connectSinks() {
        return input.targets().stream().filter(t -> sinks.get(t.kind()).runsOnConnect()).toList();
    }
}
