package dev.cdcarchitect.domain;

import java.util.List;

/**
 * One design request: the two texts as written and what was read from them. Immutable, so it can be
 * handed from the UI thread to background work.
 *
 * @param inputWarnings contradictions found in the text (e.g. a MySQL source "with replication slots")
 */
public record DesignInput(
        String sourceText,
        String targetText,
        SourceProfile source,
        KafkaPlatform platform,
        List<Target> targets,
        Requirements requirements,
        List<Assumption> assumptions,
        List<String> inputWarnings) {

    public DesignInput {
        targets = List.copyOf(targets);
        assumptions = List.copyOf(assumptions);
        inputWarnings = List.copyOf(inputWarnings);
    }

    public boolean targets(TargetKind kind) {
        for (Target target : targets) {
            if (target.kind() == kind) return true;
        }
        return false;
    }
}
