package dev.cdcarchitect.domain;

import java.util.List;

/**
 * One design request: the two texts as written and what was read from them. Immutable, so it can be
 * handed from the UI thread to background work.
 *
 * @param inputWarnings contradictions found in the text (e.g. a MySQL source "with replication slots"), each with a question
 * @param facts         named objects, log facts, operations and assets the user stated about the source
 * @param trace         every stated fact with the words it came from, and what could not be read
 * @param transport     what the user said about the Kafka platform: authentication, serverless, tier
 */
public record DesignInput(
        String sourceText,
        String targetText,
        SourceProfile source,
        KafkaPlatform platform,
        List<Target> targets,
        Requirements requirements,
        List<Assumption> assumptions,
        List<String> inputWarnings,
        SourceFacts facts,
        InputTrace trace,
        TransportFacts transport) {

    public DesignInput {
        targets = List.copyOf(targets);
        assumptions = List.copyOf(assumptions);
        inputWarnings = List.copyOf(inputWarnings);
    }

    /** An input with no named objects and no trace (tests and hand-built inputs). */
    public DesignInput(String sourceText, String targetText, SourceProfile source, KafkaPlatform platform, List<Target> targets,
                       Requirements requirements, List<Assumption> assumptions, List<String> inputWarnings) {
        this(sourceText, targetText, source, platform, targets, requirements, assumptions, inputWarnings, SourceFacts.NONE,
                InputTrace.NONE, TransportFacts.NONE);
    }

    /** An input with nothing said about the Kafka platform beyond its name. */
    public DesignInput(String sourceText, String targetText, SourceProfile source, KafkaPlatform platform, List<Target> targets,
                       Requirements requirements, List<Assumption> assumptions, List<String> inputWarnings, SourceFacts facts,
                       InputTrace trace) {
        this(sourceText, targetText, source, platform, targets, requirements, assumptions, inputWarnings, facts, trace,
                TransportFacts.NONE);
    }

    public boolean targets(TargetKind kind) {
        for (Target target : targets) {
            if (target.kind() == kind) return true;
        }
        return false;
    }
}
