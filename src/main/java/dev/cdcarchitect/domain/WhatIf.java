package dev.cdcarchitect.domain;

/**
 * Live what-if adjustments applied on top of what the text says.
 *
 * @param rateFactor        multiplies the peak change rate (1 = as stated)
 * @param growthFactor      replaces the growth factor when above 0 (0 = as stated or assumed)
 * @param partitionOverride fixes the busiest topic's partition count when above 0 (0 = computed)
 */
public record WhatIf(double rateFactor, double growthFactor, int partitionOverride) {

    public static final WhatIf NONE = new WhatIf(1, 0, 0);

    public WhatIf {
        if (!(rateFactor > 0) || Double.isInfinite(rateFactor)) throw new IllegalArgumentException("rate factor must be positive");
        if (growthFactor < 0 || Double.isNaN(growthFactor)) throw new IllegalArgumentException("growth factor must be 0 or positive");
        if (partitionOverride < 0) throw new IllegalArgumentException("partition override must be 0 or positive");
    }

    public boolean isNone() { return equals(NONE); }

    /** The input with these adjustments applied. */
    public DesignInput applyTo(DesignInput input) {
        if (isNone()) return input;
        SourceProfile s = input.source();
        SourceProfile source = new SourceProfile(s.engine(), s.hosting(), s.version(), s.volumeBytes(),
                s.peakChangesPerSecond() * rateFactor, s.averageRowBytes(), s.tableCount(), s.largestTableRows(), s.workload(),
                s.keys(), s.data(), s.highAvailability(), s.nodeCount(), s.largestRowBytes());
        Requirements r = input.requirements();
        Requirements requirements = r.withSizing(growthFactor > 0 ? growthFactor : r.growthFactor(),
                partitionOverride > 0 ? partitionOverride : r.partitionOverride());
        return new DesignInput(input.sourceText(), input.targetText(), source, input.platform(), input.targets(), requirements,
                input.assumptions(), input.inputWarnings(), input.facts(), input.trace(), input.transport());
    }
}
