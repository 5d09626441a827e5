package dev.cdcarchitect.domain;

import java.util.List;

/** The five-section specification. */
public record DesignSpec(
        String title,
        List<Assumption> assumptions,
        List<Section> sections,
        Sizing sizing,
        List<FailureScenario> failureMatrix,
        List<String> warnings) {

    public DesignSpec {
        assumptions = List.copyOf(assumptions);
        sections = List.copyOf(sections);
        failureMatrix = List.copyOf(failureMatrix);
        warnings = List.copyOf(warnings);
    }

    public Section section(SpecSection kind) {
        return sections.get(kind.ordinal());
    }

    /** All decisions in document order. */
    public List<Decision> decisions() {
        return sections.stream().flatMap(s -> s.decisions().stream()).toList();
    }
}
