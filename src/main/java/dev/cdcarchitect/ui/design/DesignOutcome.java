package dev.cdcarchitect.ui.design;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.topology.layout.DiagramLayout;

/** What the window shows for the current input. */
public sealed interface DesignOutcome {

    /**
     * A specification with its diagram layout, computed off the FX thread in {@code millis}; {@code stated} is the
     * input as the texts state it, before any what-if (the form shows and writes that one).
     */
    record Ready(DesignResult.Generated result, DiagramLayout layout, double millis, DesignInput stated) implements DesignOutcome {

        public Ready(DesignResult.Generated result, DiagramLayout layout, double millis) {
            this(result, layout, millis, result.input());
        }
    }

    /** The input is unsafe: the window shows exactly the refusal and nothing else. */
    record Refused() implements DesignOutcome {}

    /** The input cannot be designed for; {@code field} says which input. */
    record Problem(String field, String message) implements DesignOutcome {}

    /** Nothing computed yet. */
    record Empty() implements DesignOutcome {}
}
