package dev.cdcarchitect.llm.check;

import dev.cdcarchitect.domain.SpecSection;
import java.util.List;
import java.util.Map;

/**
 * An answer read against the prompt's contract: the refusal normalised to the exact string, otherwise the text
 * split into the five sections, and what was wrong with it.
 */
public record CheckedAnswer(String text, boolean refusal, Map<SpecSection, String> sections, List<Finding> findings) {

    public CheckedAnswer {
        sections = Map.copyOf(sections);
        findings = List.copyOf(findings);
    }

    /** No finding that makes it unusable (a missing section, say). */
    public boolean usable() {
        return findings.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR);
    }
}
