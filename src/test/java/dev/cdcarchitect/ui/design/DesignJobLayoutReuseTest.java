package dev.cdcarchitect.ui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import org.junit.jupiter.api.Test;

/**
 * A what-if moved back and forth returns to shapes the diagram already had: their layouts are reused (the layout is
 * half of a redraw's background work), and a reused layout is the one a fresh layout would give.
 */
class DesignJobLayoutReuseTest {

    private static final String SOURCE = WorkbenchViewModel.SEED_SOURCE;
    private static final String TARGET = WorkbenchViewModel.SEED_TARGET;

    @Test
    void aShapeSeenBeforeTheLastOneKeepsItsLayout() {
        DesignJob job = new DesignJob(new DesignService());
        DiagramLayout slow = layout(job, 1.0);
        DiagramLayout fast = layout(job, 8.0);
        assertNotEquals(slow, fast, "the two rates must give two shapes for this test to mean anything");
        assertSame(slow, layout(job, 1.0), "back to the first rate: its layout is reused, not computed again");
        assertSame(fast, layout(job, 8.0));
    }

    @Test
    void aReusedLayoutIsTheLayoutOfItsShape() {
        DesignJob job = new DesignJob(new DesignService());
        layout(job, 1.0);
        layout(job, 8.0);
        assertEquals(layout(new DesignJob(new DesignService()), 1.0), layout(job, 1.0));
    }

    private static DiagramLayout layout(DesignJob job, double rate) {
        DesignOutcome outcome = job.run(new DesignJob.Request(SOURCE, TARGET, WhatIf.of(rate, 1.0, 0)));
        return ((DesignOutcome.Ready) outcome).layout();
    }
}
