package dev.cdcarchitect.ui.design;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.domain.WhatIfEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line saying which what-if factors the shown design carries, stated value beside effective value, for the
 * status bar and the diagram: the texts and the form show stated values only, so the difference must be visible.
 */
public final class WhatIfNote {

    private WhatIfNote() {}

    /** Empty when the design is exactly as stated. */
    public static String of(DesignInput input) {
        WhatIfEffect w = input.whatIf();
        if (w == null) return "";
        List<String> parts = new ArrayList<>();
        if (w.ratesDiffer()) {
            parts.add(Units.grouped(w.statedPeakChangesPerSecond()) + " events/s stated x " + String.format(Locale.ROOT, "%.2f", w.rateFactor())
                    + " = " + Units.grouped(input.source().peakChangesPerSecond()));
        }
        if (w.growthDiffers()) parts.add("growth " + Units.decimal(w.growthFactor()) + " (stated " + Units.decimal(w.statedGrowthFactor()) + ")");
        if (w.partitionsDiffer()) parts.add("busiest topic " + w.partitionOverride() + " partitions");
        return parts.isEmpty() ? "" : "What-if: " + String.join(", ", parts);
    }
}
