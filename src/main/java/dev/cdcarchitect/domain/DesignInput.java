package dev.cdcarchitect.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One design request: the two texts as written and what was read from them. Immutable, so it can be
 * handed from the UI thread to background work.
 *
 * @param inputWarnings contradictions found in the text (e.g. a MySQL source "with replication slots"), each with a question
 * @param facts         named objects, log facts, operations and assets the user stated about the source
 * @param trace         every stated fact with the words it came from, and what could not be read
 * @param transport     what the user said about the Kafka platform: authentication, serverless, tier
 * @param whatIf        the what-if applied on top of the texts, with the stated values it replaced; null when the
 *                      input is exactly as stated ({@link #source()} and {@link #requirements()} are then stated too)
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
        TransportFacts transport,
        @JsonInclude(JsonInclude.Include.NON_NULL) WhatIfEffect whatIf) {

    public DesignInput {
        targets = List.copyOf(targets);
        assumptions = List.copyOf(assumptions);
        inputWarnings = List.copyOf(inputWarnings);
    }

    /** An input as the texts state it, no what-if applied. */
    public DesignInput(String sourceText, String targetText, SourceProfile source, KafkaPlatform platform, List<Target> targets,
                       Requirements requirements, List<Assumption> assumptions, List<String> inputWarnings, SourceFacts facts,
                       InputTrace trace, TransportFacts transport) {
        this(sourceText, targetText, source, platform, targets, requirements, assumptions, inputWarnings, facts, trace, transport,
                null);
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

    /**
     * The input as the texts state it: the what-if's stated values put back. What the form shows and writes, and the
     * only base a what-if is applied to, so factors never compound.
     */
    public DesignInput stated() {
        if (whatIf == null) return this;
        SourceProfile s = source;
        SourceProfile statedSource = new SourceProfile(s.engine(), s.hosting(), s.version(), s.volumeBytes(),
                whatIf.statedPeakChangesPerSecond(), s.averageRowBytes(), s.tableCount(), s.largestTableRows(), s.workload(), s.keys(),
                s.data(), s.highAvailability(), s.nodeCount(), s.largestRowBytes());
        return new DesignInput(sourceText, targetText, statedSource, platform, targets,
                requirements.withSizing(whatIf.statedGrowthFactor(), whatIf.statedPartitionOverride()), assumptions, inputWarnings,
                facts, trace, transport, null);
    }

    public boolean targets(TargetKind kind) {
        for (Target target : targets) {
            if (target.kind() == kind) return true;
        }
        return false;
    }
}
