package dev.cdcarchitect.domain;

/**
 * What a what-if changed in an input: the factors applied and the stated values they replaced. The input's own
 * source and requirements hold the effective values the design is built on; these keep the stated ones beside
 * them, so the spec can say "10,000 events/s stated x 2.00 what-if" and the form can show what the text says.
 *
 * @param rateFactor                 the peak rate multiplier applied (1 = as stated)
 * @param growthFactor               the growth factor put in place of the stated one; 0 = the stated one kept
 * @param partitionOverride          the busiest topic's partitions chosen by the what-if; 0 = computed
 * @param statedPeakChangesPerSecond the peak as the text states (or assumes) it
 * @param statedGrowthFactor         the growth as the text states (or assumes) it
 * @param statedPartitionOverride    the partition choice before the what-if (0 = computed)
 */
public record WhatIfEffect(double rateFactor, double growthFactor, int partitionOverride, double statedPeakChangesPerSecond,
                           double statedGrowthFactor, int statedPartitionOverride) {

    /** Whether the what-if changed the peak rate. */
    public boolean ratesDiffer() { return rateFactor != 1; }

    /** Whether the what-if replaced the growth factor. */
    public boolean growthDiffers() { return growthFactor > 0; }

    /** Whether the what-if fixed the busiest topic's partitions. */
    public boolean partitionsDiffer() { return partitionOverride > 0; }
}
