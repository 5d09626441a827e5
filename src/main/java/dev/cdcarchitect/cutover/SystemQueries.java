package dev.cdcarchitect.cutover;

import java.util.List;

/**
 * The reconciliation queries for one system of the design, one set per captured table.
 *
 * @param system the system as the design names it ("PostgreSQL 14", "Relational replica (PostgreSQL)")
 * @param role   "source" or "target"
 * @param note   how that system's tables are named or read, for the reader
 */
public record SystemQueries(String system, String role, SqlDialect dialect, List<ReconciliationQueries> tables, String note) {

    public SystemQueries {
        tables = List.copyOf(tables);
    }
}
