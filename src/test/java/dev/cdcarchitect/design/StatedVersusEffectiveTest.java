package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.intake.DesignInputParser;
import org.junit.jupiter.api.Test;

/** The design input keeps what the texts state apart from what-if factors, and a factor never compounds. */
class StatedVersusEffectiveTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private final DesignInput stated = new DesignInputParser().parse(SOURCE, TARGET);

    @Test
    void aWhatIfAppliedTwiceIsAppliedOnce() {
        WhatIf twice = new WhatIf(2, 3, 24);
        DesignInput once = twice.applyTo(stated);
        DesignInput again = twice.applyTo(once);
        assertEquals(20_000, once.source().peakChangesPerSecond(), 1e-9);
        assertEquals(20_000, again.source().peakChangesPerSecond(), 1e-9);
        assertEquals(once, again);
        // another factor on an adjusted input replaces the first one, it does not multiply it
        assertEquals(5_000, new WhatIf(0.5, 0, 0).applyTo(once).source().peakChangesPerSecond(), 1e-9);
    }

    @Test
    void theAdjustedInputKeepsTheStatedValuesBesideTheEffectiveOnes() {
        DesignInput adjusted = new WhatIf(8.54, 3, 24).applyTo(stated);
        assertNotNull(adjusted.whatIf());
        assertEquals(10_000, adjusted.whatIf().statedPeakChangesPerSecond(), 1e-9);
        assertEquals(stated.requirements().growthFactor(), adjusted.whatIf().statedGrowthFactor(), 1e-9);
        assertEquals(3, adjusted.requirements().growthFactor(), 1e-9);
        assertEquals(24, adjusted.requirements().partitionOverride());
        assertEquals(stated, adjusted.stated());
        assertSame(stated, stated.stated());
        assertNull(stated.whatIf());
        assertEquals(stated, WhatIf.NONE.applyTo(adjusted));
    }

    @Test
    void theSpecShowsTheEffectiveRateWithTheStatedRateAndTheFactor() {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SOURCE, TARGET, new WhatIf(2, 3, 0));
        SizingLine rate = line(design, "sizing.event-rate");
        assertEquals("20,000 events/s", rate.value());
        assertTrue(rate.formula().startsWith("10,000 events/s stated x 2.00 what-if = 20,000"), rate.formula());
        assertTrue(line(design, "sizing.design-throughput").formula().contains("growth 3 (what-if; stated 2)"),
                line(design, "sizing.design-throughput").formula());
        DesignResult.Generated plain = (DesignResult.Generated) new DesignService().design(SOURCE, TARGET);
        assertTrue(line(plain, "sizing.event-rate").formula().startsWith("row changes/s at peak"), line(plain, "sizing.event-rate").formula());
        assertTrue(!line(plain, "sizing.design-throughput").formula().contains("what-if"));
    }

    @Test
    void aPartitionCountFromTheWhatIfSaysSo() {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SOURCE, TARGET, new WhatIf(1, 0, 24));
        assertTrue(design.spec().sizing().lines().stream().anyMatch(l -> l.value().startsWith("24 (what-if; computed: ")),
                design.spec().sizing().lines().toString());
    }

    @Test
    void clampingTheControlsValuesGivesAValidWhatIf() {
        assertEquals(WhatIf.NONE, WhatIf.of(0, -1, -5));
        assertEquals(new WhatIf(1.5, 2, 12), WhatIf.of(1.5, 2, 12));
    }

    private static SizingLine line(DesignResult.Generated design, String id) {
        return design.spec().sizing().lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
