package dev.cdcarchitect.ui.checks;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.RehearsalReport;
import java.util.function.Consumer;

/** Runs a rehearsal (the real one is {@code new Rehearsal()::run}; UI tests give a fake). Worker thread. */
@FunctionalInterface
public interface RehearsalRunner {
    RehearsalReport run(DesignResult.Generated design, Consumer<String> progress);
}
