package dev.cdcarchitect.rules;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.PipelineNames;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Requirements;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Sizing;
import dev.cdcarchitect.domain.SpecGenerator;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.engine.ComplianceRules;
import dev.cdcarchitect.rules.engine.DebeziumServerRules;
import dev.cdcarchitect.rules.engine.EngineRules;
import dev.cdcarchitect.rules.engine.KafkaAuthenticationRules;
import dev.cdcarchitect.rules.failure.FailureMatrix;
import dev.cdcarchitect.rules.failure.FailureRules;
import dev.cdcarchitect.rules.log.DeleteRules;
import dev.cdcarchitect.rules.log.DeliveryRules;
import dev.cdcarchitect.rules.log.DownstreamExactlyOnceRules;
import dev.cdcarchitect.rules.log.LargeTransactionRules;
import dev.cdcarchitect.rules.log.OperationRules;
import dev.cdcarchitect.rules.log.SnapshotRules;
import dev.cdcarchitect.rules.nokafka.NativeSchemaRules;
import dev.cdcarchitect.rules.nokafka.NativeSinkCatalog;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.nokafka.NativeServerRules;
import dev.cdcarchitect.rules.nokafka.NativeTopologyRules;
import dev.cdcarchitect.rules.schema.SchemaRules;
import dev.cdcarchitect.rules.sink.SinkCatalog;
import dev.cdcarchitect.rules.base.SinkKnowledge;
import dev.cdcarchitect.rules.sizing.SizingCalculator;
import dev.cdcarchitect.rules.source.ScopeRules;
import dev.cdcarchitect.rules.source.SourceCatalog;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import dev.cdcarchitect.rules.topology.ConsumerRules;
import dev.cdcarchitect.rules.topology.PartitioningRules;
import dev.cdcarchitect.rules.topology.TopicRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic, offline specification generator: sizing first, then every applicable rule in section
 * order. Same input, same output, byte for byte.
 */
public final class RuleEngine implements SpecGenerator {

    private static final List<Rule> GENERIC = concat(
            EngineRules.ALL, DebeziumServerRules.ALL, NativeServerRules.ALL, KafkaAuthenticationRules.ALL, ScopeRules.ALL,
            ComplianceRules.ALL, SnapshotRules.ALL, DeliveryRules.ALL, DownstreamExactlyOnceRules.ALL, LargeTransactionRules.ALL,
            SchemaRules.ALL, NativeSchemaRules.ALL, PartitioningRules.ALL, OperationRules.ALL, DeleteRules.ALL, TopicRules.ALL,
            ConsumerRules.ALL, NativeTopologyRules.ALL, FailureRules.ALL);

    private final Map<TargetKind, SinkKnowledge> sinks = SinkCatalog.all();
    private final SizingCalculator sizingCalculator = new SizingCalculator();

    @Override
    public DesignSpec generate(DesignInput input) {
        SourceKnowledge knowledge = SourceCatalog.of(input.source().engine());
        Sizing sizing = sizingCalculator.size(input, knowledge, sinks);
        Requirements requirements = input.requirements();
        NativeSinkKnowledge destination = requirements.noKafka() ? NativeSinkCatalog.of(requirements.nativeSink()) : null;
        RuleContext ctx = new RuleContext(input, sizing, PipelineNames.of(input.source().engine()), knowledge, sinks, destination);

        Map<SpecSection, List<Decision>> bySection = new EnumMap<>(SpecSection.class);
        for (SpecSection section : SpecSection.values()) bySection.put(section, new ArrayList<>());
        for (Rule rule : rulesFor(ctx)) {
            if (rule.when().test(ctx)) {
                Decision decision = rule.decide().apply(ctx);
                if (!decision.id().equals(rule.id())) {
                    throw new IllegalStateException("rule " + rule.id() + " produced decision " + decision.id());
                }
                bySection.get(rule.section()).add(decision);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (SpecSection section : SpecSection.values()) sections.add(new Section(section, bySection.get(section)));
        return new DesignSpec(title(input), input.assumptions(), sections, sizing, FailureMatrix.build(ctx), input.inputWarnings(),
                input.trace());
    }

    /** Every rule the engine knows for this input's engine and targets, in evaluation order. */
    List<Rule> rulesFor(RuleContext ctx) {
        // Engine-specific rules follow engine.selection, so section 1 opens with the engine choice.
        List<Rule> rules = new ArrayList<>();
        rules.add(GENERIC.get(0));
        rules.addAll(ctx.knowledge().rules());
        rules.addAll(GENERIC.subList(1, GENERIC.size()));
        // Sink rules are Kafka Connect sinks or Kafka consumers; without Kafka the targets read the native destination.
        for (Target target : ctx.noKafka() ? List.<Target>of() : ctx.targets()) {
            Rule sinkRule = sinks.get(target.kind()).rule();
            if (rules.stream().noneMatch(r -> r.id().equals(sinkRule.id()))) rules.add(sinkRule);
        }
        // List.sort is stable: within a section the order above is kept.
        rules.sort((a, b) -> Integer.compare(a.section().ordinal(), b.section().ordinal()));
        return rules;
    }

    private static String title(DesignInput input) {
        StringBuilder title = new StringBuilder();
        if (input.source().hosting() == dev.cdcarchitect.domain.Hosting.AWS_AURORA) title.append("Aurora ");
        title.append(input.source().engine().displayName()).append(' ').append(input.source().version())
                .append(" -> ");
        if (input.requirements().debeziumServer()) title.append("Debezium Server -> ");
        // The intake always names some Kafka platform (a default when none was stated); without Kafka the destination replaces it.
        Requirements requirements = input.requirements();
        title.append(requirements.noKafka() ? requirements.nativeSink().displayName() : input.platform().displayName());
        if (!input.targets().isEmpty()) {
            title.append(" -> ");
            for (int i = 0; i < input.targets().size(); i++) {
                if (i > 0) title.append(", ");
                title.append(input.targets().get(i).label());
            }
        }
        return title.toString();
    }

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... lists) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> list : lists) all.addAll(list);
        return List.copyOf(all);
    }
}
