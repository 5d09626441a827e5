package dev.cdcarchitect.domain;

import java.util.List;

/** The five-section specification. */
public record DesignSpec(
        String title,
        List<Assumption> assumptions,
        List<Section> sections,
        Sizing sizing,
        List<FailureScenario> failureMatrix,
        List<String> warnings,
        InputTrace trace) {

    public DesignSpec {
        assumptions = List.copyOf(assumptions);
        sections = List.copyOf(sections);
        failureMatrix = List.copyOf(failureMatrix);
        warnings = List.copyOf(warnings);
    }

    /** A specification with no trace of how its input was read (hand-built specs, tests). */
    public DesignSpec(String title, List<Assumption> assumptions, List<Section> sections, Sizing sizing,
                      List<FailureScenario> failureMatrix, List<String> warnings) {
        this(title, assumptions, sections, sizing, failureMatrix, warnings, InputTrace.NONE);
    }

    public Section section(SpecSection kind) {
        return sections.get(kind.ordinal());
    }

    /** All decisions in document order. */
    public List<Decision> decisions() {
        return sections.stream().flatMap(s -> s.decisions().stream()).toList();
    }
}
