package dev.cdcarchitect.design;

import dev.cdcarchitect.compare.DesignComparator;
import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.edit.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison use cases the command line and the window share: run saved designs (with their what-if factors),
 * compare them against a chosen baseline, and tell which variants of a design would change anything. Blocking work:
 * the window calls it off the FX thread.
 */
public final class ComparisonService {

    private final DesignService designs;

    public ComparisonService(DesignService designs) {
        this.designs = designs;
    }

    public ComparisonService() {
        this(new DesignService());
    }

    /** The design generated from a saved one, or empty when its input is refused as unsafe. */
    public Optional<MultiComparison.Named> generate(ProjectDesign d) {
        DesignResult result = designs.design(d.sourceText(), d.targetText(), d.whatIf());
        return result instanceof DesignResult.Generated g ? Optional.of(new MultiComparison.Named(d.name(), g)) : Optional.empty();
    }

    /**
     * Every design generated, in order, or the first refusal as an {@link InputProblem} naming the design.
     * {@code label} names the designs' positions for the message ("DESIGN 2" on the command line).
     */
    public List<MultiComparison.Named> generateAll(List<ProjectDesign> saved, java.util.function.IntFunction<String> label) {
        List<MultiComparison.Named> out = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            ProjectDesign d = saved.get(i);
            out.add(generate(d).orElseThrow(() -> new InputProblem(label.apply(out.size()),
                    "'" + d.name() + "' is refused as unsafe; there is nothing to compare.", "Edit its input.")));
        }
        return out;
    }

    public MultiComparison compare(List<MultiComparison.Named> generated, int baseline) {
        return MultiComparison.of(generated, baseline);
    }

    /**
     * The kinds of {@link Variants#KINDS} whose variant of {@code base} designs something different: its input reads
     * differently and the generated design (metrics or decisions) differs. "Exactly-once off" on a design without
     * exactly-once, or "another target: Elasticsearch" on a design that has it, are left out.
     */
    public List<String> variantsThatChangeSomething(ProjectDesign base) {
        Optional<MultiComparison.Named> current;
        try {
            current = generate(base);
        } catch (InputProblem e) {
            return List.of(); // nothing designed yet, so no variant of it either
        }
        if (current.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String kind : Variants.KINDS) {
            ProjectDesign variant = Variants.of(kind, base, base.name() + " — " + kind);
            if (variant.sourceText().equals(base.sourceText()) && variant.targetText().equals(base.targetText())) continue;
            try {
                generate(variant).filter(v -> !new DesignComparator().compare("a", current.get().design(), "b", v.design()).sameDesign())
                        .ifPresent(v -> out.add(kind));
            } catch (InputProblem e) {
                // a variant whose text no longer reads is not worth offering
            }
        }
        return out;
    }
}
