package dev.cdcarchitect.rules;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Requirements;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.topology.TopologyBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Inputs with stated facts filled in by hand: a base text is parsed as usual and the records are rebuilt with the
 * stated fields set. Two styles, one from each line of work that needed it:
 * <ul>
 *   <li>a builder ({@link #of}) for hot tables, fan-out, downstream exactly-once, per-sink freshness and large
 *       transactions, and also no Kafka ({@link #noKafka(NativeSink)}) and a GoldenGate licence ({@link #goldenGate()});</li>
 *   <li>static rebuilders ({@link #parse}, {@link #noKafka(DesignInput, NativeSink)}, {@link #goldenGate(DesignInput)},
 *       {@link #design(DesignInput)}) for "no Kafka, deliver to Pub/Sub" and "we own a GoldenGate licence".</li>
 * </ul>
 */
public final class StatedInputs {

    private final DesignInput base;
    private final List<NamedObject> objects = new ArrayList<>();
    private int applications;
    private String downstreamExactlyOnce;
    private final Map<TargetKind, Long> freshness = new EnumMap<>(TargetKind.class);
    private boolean largeTransactions;
    private NativeSink nativeSink;
    private boolean goldenGateLicence;

    private StatedInputs(DesignInput base) {
        this.base = base;
        objects.addAll(base.facts().objects());
        applications = base.requirements().consumerApplications();
        downstreamExactlyOnce = base.requirements().downstreamExactlyOnce();
        freshness.putAll(base.requirements().sinkFreshnessMillis());
        largeTransactions = base.facts().largeTransactions();
        nativeSink = base.requirements().nativeSink();
        goldenGateLicence = base.facts().goldenGateLicence();
    }

    public static StatedInputs of(String source, String target) {
        return new StatedInputs(parse(source, target));
    }

    /** A table named as hot, with the share of writes it takes and its size, each null when not stated. */
    public StatedInputs hotTable(String name, Double writeShare, Long sizeBytes) {
        objects.add(new NamedObject(ObjectKind.TABLE, name, Set.of(ObjectRole.HOT), writeShare, sizeBytes, null));
        return this;
    }

    public StatedInputs consumerApplications(int count) {
        applications = count;
        return this;
    }

    public StatedInputs downstreamExactlyOnce(String consumer) {
        downstreamExactlyOnce = consumer;
        return this;
    }

    public StatedInputs freshness(TargetKind kind, long millis) {
        freshness.put(kind, millis);
        return this;
    }

    public StatedInputs largeTransactions() {
        largeTransactions = true;
        return this;
    }

    /** Kafka ruled out: Debezium Server delivers to {@code sink} (applied last, as {@link #noKafka(DesignInput, NativeSink)}). */
    public StatedInputs noKafka(NativeSink sink) {
        nativeSink = sink;
        return this;
    }

    /** The user owns an Oracle GoldenGate licence. */
    public StatedInputs goldenGate() {
        goldenGateLicence = true;
        return this;
    }

    public DesignInput input() {
        Requirements r = base.requirements();
        Requirements requirements = new Requirements(r.delivery(), r.latencySloMillis(), r.retentionDays(), r.compliance(),
                r.multiRegion(), r.growthFactor(), r.schemaFormat(), r.partitionOverride(), r.runtime(), applications,
                downstreamExactlyOnce, r.nativeSink(), freshness);
        SourceFacts f = base.facts();
        SourceFacts facts = new SourceFacts(objects, f.logRetentionHours(), f.binlogFormat(), f.binlogRowImage(),
                f.propagateTruncates(), f.primaryKeyUpdates(), largeTransactions, goldenGateLicence, f.existingSlot(),
                f.existingPublication());
        DesignInput input = new DesignInput(base.sourceText(), base.targetText(), base.source(), base.platform(), base.targets(),
                requirements, base.assumptions(), base.inputWarnings(), facts, base.trace());
        return nativeSink != null && nativeSink != r.nativeSink() ? noKafka(input, nativeSink) : input;
    }

    /** The rule engine's spec and the topology built from it, as the design service would return them. */
    public DesignResult.Generated design() {
        return design(input());
    }

    public static DesignInput parse(String source, String target) {
        return new DesignInputParser().parse(source, target);
    }

    /** Kafka ruled out: Debezium Server delivers to {@code sink}; the "Kafka carries the events" default is not assumed. */
    public static DesignInput noKafka(DesignInput in, NativeSink sink) {
        Requirements r = in.requirements();
        Requirements stated = new Requirements(r.delivery(), r.latencySloMillis(), r.retentionDays(), r.compliance(), r.multiRegion(),
                r.growthFactor(), r.schemaFormat(), r.partitionOverride(), CaptureRuntime.DEBEZIUM_SERVER, r.consumerApplications(),
                r.downstreamExactlyOnce(), sink, r.sinkFreshnessMillis());
        List<Assumption> assumptions = in.assumptions().stream().filter(a -> !a.field().equals("transport")).toList();
        return new DesignInput(in.sourceText(), in.targetText(), in.source(), in.platform(), in.targets(), stated, assumptions,
                in.inputWarnings(), in.facts(), in.trace());
    }

    /** The user owns an Oracle GoldenGate licence. */
    public static DesignInput goldenGate(DesignInput in) {
        SourceFacts f = in.facts();
        SourceFacts stated = new SourceFacts(f.objects(), f.logRetentionHours(), f.binlogFormat(), f.binlogRowImage(),
                f.propagateTruncates(), f.primaryKeyUpdates(), f.largeTransactions(), true, f.existingSlot(), f.existingPublication());
        return new DesignInput(in.sourceText(), in.targetText(), in.source(), in.platform(), in.targets(), in.requirements(),
                in.assumptions(), in.inputWarnings(), stated, in.trace());
    }

    /** The rule-engine design and its topology, as DesignService builds them after the intake. */
    public static DesignResult.Generated design(DesignInput input) {
        DesignSpec spec = new RuleEngine().generate(input);
        return new DesignResult.Generated(input, spec, new TopologyBuilder().build(input, spec));
    }

    public static SizingLine line(DesignResult.Generated design, String id) {
        return design.spec().sizing().lines().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no sizing line " + id));
    }

    public static Decision decision(DesignResult.Generated design, String id) {
        return design.spec().decisions().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no decision " + id));
    }

    public static boolean hasDecision(DesignResult.Generated design, String id) {
        return design.spec().decisions().stream().anyMatch(d -> d.id().equals(id));
    }

    public static TopologyNode node(DesignResult.Generated design, String id) {
        return design.topology().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no node " + id));
    }

    /** The value of a setting of one decision, or null when the decision does not set it. */
    public static String setting(Decision decision, String key) {
        return decision.config().stream().filter(e -> e.key().equals(key)).map(e -> e.value()).findFirst().orElse(null);
    }

    /** The value of a setting anywhere in the spec, or null. */
    public static String setting(DesignResult.Generated design, String component, String key) {
        return design.spec().decisions().stream().flatMap(d -> d.config().stream())
                .filter(e -> e.component().equals(component) && e.key().equals(key)).map(e -> e.value()).findFirst().orElse(null);
    }
}
