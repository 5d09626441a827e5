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

    /**
     * What-if values as the controls hold them: a rate factor of 0 or less means "as stated", negative growth and
     * partitions mean "none" (one clamping for the window, the comparison and the command line).
     */
    public static WhatIf of(double rateFactor, double growthFactor, int partitionOverride) {
        // A project file or a control may hand over 0, a negative, NaN or infinity: each means "no adjustment".
        return new WhatIf(rateFactor > 0 && Double.isFinite(rateFactor) ? rateFactor : 1,
                growthFactor >= 0 && Double.isFinite(growthFactor) ? growthFactor : 0, Math.max(0, partitionOverride));
    }

    /**
     * The input with these adjustments applied to what its texts state. An input that already carries a what-if
     * is taken back to its stated values first, so applying twice never compounds a factor; the result keeps the
     * stated values beside the effective ones ({@link DesignInput#whatIf()}).
     */
    public DesignInput applyTo(DesignInput input) {
        DesignInput stated = input.stated();
        if (isNone()) return stated;
        SourceProfile s = stated.source();
        SourceProfile source = new SourceProfile(s.engine(), s.hosting(), s.version(), s.volumeBytes(),
                s.peakChangesPerSecond() * rateFactor, s.averageRowBytes(), s.tableCount(), s.largestTableRows(), s.workload(),
                s.keys(), s.data(), s.highAvailability(), s.nodeCount(), s.largestRowBytes());
        Requirements r = stated.requirements();
        Requirements requirements = r.withSizing(growthFactor > 0 ? growthFactor : r.growthFactor(),
                partitionOverride > 0 ? partitionOverride : r.partitionOverride());
        WhatIfEffect effect = new WhatIfEffect(rateFactor, growthFactor, partitionOverride, s.peakChangesPerSecond(),
                r.growthFactor(), r.partitionOverride());
        return new DesignInput(stated.sourceText(), stated.targetText(), source, stated.platform(), stated.targets(), requirements,
                stated.assumptions(), stated.inputWarnings(), stated.facts(), stated.trace(), stated.transport(), effect);
    }
}
