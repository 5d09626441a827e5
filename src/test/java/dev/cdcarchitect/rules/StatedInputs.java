package dev.cdcarchitect.rules;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.CaptureRuntime;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Requirements;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.topology.TopologyBuilder;
import java.util.List;

/**
 * Inputs carrying facts the intake does not read yet ("no Kafka, deliver to Pub/Sub", "we own a GoldenGate
 * licence"): a base text is parsed, then the records are rebuilt with the stated fields, as the intake will do.
 */
public final class StatedInputs {

    private StatedInputs() {}

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
}
