package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.domain.DesignResult;
import java.util.function.Consumer;

/**
 * The one entry point the window (and later the CLI) calls to rehearse a design, whatever its source engine.
 * For now every design goes to {@link PostgresRehearsal}; the engines added later choose here. Progress lines are
 * for the window's log; the rehearsal's own steps report their checks in the returned report.
 */
public final class Rehearsal {

    public RehearsalReport run(DesignResult.Generated design, Consumer<String> progress) {
        progress.accept("Starting a throwaway PostgreSQL, an in-process Kafka broker and a Kafka Connect worker");
        RehearsalReport report = new PostgresRehearsal().run(design);
        progress.accept("Rehearsal finished: start-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return report;
    }
}
