package dev.cdcarchitect.cutover;

import java.util.List;

/**
 * The cutover and reconciliation runbook of one design: the phases in order, and the reconciliation queries for
 * the source and every target that SQL can query.
 *
 * @param tables            the captured tables the queries are written for, as the source names them
 * @param placeholderTables true when the design names no table and the queries use an example table
 * @param exampleShape      the columns the queries use: the design does not know a table's columns, so these are
 *                          an example to replace with the table's own
 * @param notQueried        targets with no SQL to reconcile against, with what to do instead
 */
public record CutoverPlan(List<CutoverPhase> phases, List<String> tables, boolean placeholderTables, TableShape exampleShape,
                          long bucketWidth, List<SystemQueries> systems, List<String> notQueried) {

    public CutoverPlan {
        phases = List.copyOf(phases);
        tables = List.copyOf(tables);
        systems = List.copyOf(systems);
        notQueried = List.copyOf(notQueried);
    }
}
