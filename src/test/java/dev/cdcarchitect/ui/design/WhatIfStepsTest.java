package dev.cdcarchitect.ui.design;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rate slider's stops: small steps near 1, exactly 1.00 reachable, one key press one stop. */
class WhatIfStepsTest {

    @Test
    void oneStepFromAsStatedAndBackIsAsStatedAgain() {
        int one = WhatIfSteps.asStated();
        assertEquals(1.0, WhatIfSteps.factorAt(one));
        assertEquals(1.25, WhatIfSteps.factorAt(one + 1));
        assertEquals(0.75, WhatIfSteps.factorAt(one - 1));
        assertEquals(1.0, WhatIfSteps.factorAt(one + 1 - 1));
    }

    @Test
    void neighbouringStopsAtMostDoubleTheFactor() {
        for (int i = 1; i <= WhatIfSteps.last(); i++) {
            double ratio = WhatIfSteps.factorAt(i) / WhatIfSteps.factorAt(i - 1);
            assertTrue(ratio > 1 && ratio <= 2.0, "stop " + i + ": x" + ratio);
        }
        assertEquals(0.25, WhatIfSteps.factorAt(0));
        assertEquals(10, WhatIfSteps.factorAt(WhatIfSteps.last()));
        assertEquals(10, WhatIfSteps.factorAt(99), "clamped");
    }

    @Test
    void aFactorBetweenStopsShowsTheNearestStop() {
        assertEquals(8, WhatIfSteps.factorAt(WhatIfSteps.nearest(8.54)));
        assertEquals(1, WhatIfSteps.factorAt(WhatIfSteps.nearest(0.92)));
        for (int i = 0; i <= WhatIfSteps.last(); i++) assertEquals(i, WhatIfSteps.nearest(WhatIfSteps.factorAt(i)));
    }
}
