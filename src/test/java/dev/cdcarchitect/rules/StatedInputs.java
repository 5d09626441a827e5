package dev.cdcarchitect.rules;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.NamedObject;
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
 * Inputs with the intake's new facts filled in by hand (hot tables, fan-out, downstream exactly-once, per-sink
 * freshness, large transactions): the text is parsed as usual and the records are rebuilt with those fields set,
 * until the intake reads them from the text itself.
 */
public final class StatedInputs {

    private final DesignInput base;
    private final List<NamedObject> objects = new ArrayList<>();
    private int applications;
    private String downstreamExactlyOnce;
    private final Map<TargetKind, Long> freshness = new EnumMap<>(TargetKind.class);
    private boolean largeTransactions;

    private StatedInputs(DesignInput base) {
        this.base = base;
        objects.addAll(base.facts().objects());
        applications = base.requirements().consumerApplications();
        downstreamExactlyOnce = base.requirements().downstreamExactlyOnce();
        freshness.putAll(base.requirements().sinkFreshnessMillis());
        largeTransactions = base.facts().largeTransactions();
    }

    public static StatedInputs of(String source, String target) {
        return new StatedInputs(new DesignInputParser().parse(source, target));
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

    public DesignInput input() {
        Requirements r = base.requirements();
        Requirements requirements = new Requirements(r.delivery(), r.latencySloMillis(), r.retentionDays(), r.compliance(),
                r.multiRegion(), r.growthFactor(), r.schemaFormat(), r.partitionOverride(), r.runtime(), applications,
                downstreamExactlyOnce, r.nativeSink(), freshness);
        SourceFacts f = base.facts();
        SourceFacts facts = new SourceFacts(objects, f.logRetentionHours(), f.binlogFormat(), f.binlogRowImage(),
                f.propagateTruncates(), f.primaryKeyUpdates(), largeTransactions, f.goldenGateLicence(), f.existingSlot(),
                f.existingPublication());
        return new DesignInput(base.sourceText(), base.targetText(), base.source(), base.platform(), base.targets(), requirements,
                base.assumptions(), base.inputWarnings(), facts, base.trace());
    }

    /** The rule engine's spec and the topology built from it, as the design service would return them. */
    public DesignResult.Generated design() {
        DesignInput input = input();
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
