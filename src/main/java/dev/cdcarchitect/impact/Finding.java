package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.Reference;
import java.util.List;

/**
 * What one component of the design does with a change, and what to do about it.
 *
 * @param component the part of the pipeline ("source connector app-postgres-source", "sink app-jdbc-postgresql-sink")
 * @param fix       the setting, step or new topic version that makes the design absorb the change; empty when none is needed
 * @param fixFirst  the fix must be in place before the change is made (downstream preparation, a prerequisite), rather
 *                  than follow it (a new capture instance)
 */
public record Finding(Stage stage, String component, Severity severity, String statement, String fix, List<Reference> references,
                      boolean fixFirst) {

    /** The order a review reads the findings in: along the pipeline. */
    public enum Stage { SOURCE, REGISTRY, SINK, CONSUMERS }

    /** Green: absorbed. Amber: absorbed once a step is taken. Red: this design cannot absorb it as configured. */
    public enum Severity { ABSORBED, NEEDS_A_STEP, BREAKS }

    public Finding {
        references = List.copyOf(references);
    }

    /** A finding whose fix follows the change at the source and precedes it everywhere downstream. */
    public Finding(Stage stage, String component, Severity severity, String statement, String fix, List<Reference> references) {
        this(stage, component, severity, statement, fix, references, stage != Stage.SOURCE || severity == Severity.BREAKS);
    }
}
