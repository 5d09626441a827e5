package dev.cdcarchitect.ui.spec;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.InputTrace;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.SpecReadingOrder;
import dev.cdcarchitect.domain.SpecSection;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the (virtualised) specification list. Only rows on screen become nodes, so redrawing a
 * specification costs the same for 30 decisions as for 300.
 */
public sealed interface SpecItem {

    record Title(String text) implements SpecItem {}

    record Heading(SpecSection section) implements SpecItem {}

    record Warnings(List<String> warnings) implements SpecItem {}

    record Assumptions(List<Assumption> assumptions) implements SpecItem {}

    /** The facts read with the user's words, and the parts of the text that could not be used. */
    record InputsAsRead(InputTrace trace) implements SpecItem {}

    record Sizing(List<SizingLine> lines) implements SpecItem {}

    record DecisionItem(Decision decision) implements SpecItem {}

    record FailureMatrix(List<FailureScenario> rows) implements SpecItem {}

    /** The rows of a specification in {@link SpecReadingOrder}, the exports' order too. */
    static List<SpecItem> of(DesignSpec spec) {
        List<SpecItem> items = new ArrayList<>();
        items.add(new Title(spec.title()));
        for (Section section : spec.sections()) {
            items.add(new Heading(section.kind()));
            for (SpecReadingOrder.Part part : SpecReadingOrder.parts(section.kind())) {
                switch (part) {
                    case INPUT_WARNINGS -> {
                        if (!spec.warnings().isEmpty()) items.add(new Warnings(spec.warnings()));
                    }
                    case INPUTS_AS_READ -> {
                        if (!spec.trace().facts().isEmpty() || !spec.trace().notUnderstood().isEmpty()) {
                            items.add(new InputsAsRead(spec.trace()));
                        }
                    }
                    case ASSUMPTIONS -> items.add(new Assumptions(spec.assumptions()));
                    case SIZING -> items.add(new Sizing(spec.sizing().lines()));
                    case DECISIONS -> {
                        for (Decision d : section.decisions()) items.add(new DecisionItem(d));
                    }
                    case FAILURE_MATRIX -> items.add(new FailureMatrix(spec.failureMatrix()));
                }
            }
        }
        return items;
    }
}
