package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import java.util.function.Consumer;

/**
 * The one entry point the window (and later the CLI) calls to rehearse a design, whatever its source engine.
 * For now every design goes to {@link PostgresRehearsal}; the engines added later choose here. Each step and check is
 * passed to {@code progress} as it happens, for the window's log.
 */
public final class Rehearsal {

    public RehearsalReport run(DesignResult.Generated design, Consumer<String> progress) {
        RehearsalReport report = new PostgresRehearsal().run(design, progress);
        progress.accept("Rehearsal finished: start-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return report;
    }
}
