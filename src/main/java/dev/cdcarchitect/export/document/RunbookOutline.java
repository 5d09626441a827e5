package dev.cdcarchitect.export.document;

import dev.cdcarchitect.cutover.CutoverPhase;
import dev.cdcarchitect.cutover.CutoverPlan;
import dev.cdcarchitect.cutover.CutoverPlanner;
import dev.cdcarchitect.cutover.ReconciliationQueries;
import dev.cdcarchitect.cutover.SqlDialect;
import dev.cdcarchitect.cutover.SystemQueries;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rules.sink.ReplicaTables;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Cutover and reconciliation" part of the exported document (and the whole of {@code export --format runbook}):
 * the phases with entry and exit criteria, the canonical row form, and the queries per system and table.
 */
public final class RunbookOutline {

    public static final String TITLE = "Cutover and reconciliation";
    public static final String ANCHOR = "cutover";

    private RunbookOutline() {}

    /** The design's plan, with the replica table names its JDBC sink writes (rules/sink/ReplicaTables). */
    public static CutoverPlan plan(DesignResult.Generated design) {
        return new CutoverPlanner(ReplicaTables::of).plan(design);
    }

    public static void write(DesignResult.Generated design, SpecSink sink) {
        write(plan(design), sink);
    }

    public static void write(CutoverPlan plan, SpecSink sink) {
        sink.part(ANCHOR, TITLE);
        sink.heading("Phases");
        sink.table(List.of("Phase", "Entry", "Exit", "Rests on"), plan.phases().stream()
                .map(p -> List.of(p.name(), String.join(" ", p.entry()), String.join(" ", p.exit()), String.join(", ", p.decisionIds())))
                .toList());
        int n = 1;
        for (CutoverPhase phase : plan.phases()) {
            sink.heading("Phase " + n++ + ": " + phase.name());
            sink.bullet("What", null, phase.purpose());
            for (String e : phase.entry()) sink.bullet("Entry", null, e);
            for (String e : phase.exit()) sink.bullet("Exit", null, e);
            if (!phase.decisionIds().isEmpty()) sink.bullet("Rests on", null, String.join(", ", phase.decisionIds()));
        }
        canonicalForm(plan, sink);
        for (SystemQueries system : plan.systems()) {
            sink.heading("Queries: " + system.system() + " (" + system.role() + ", " + system.dialect().displayName() + ")");
            sink.bullet("Tables", null, system.note() + ".");
            if (!system.dialect().executedInTests()) {
                sink.bullet("Tested", null, "written to " + system.dialect().displayName() + "'s documented functions; not executed "
                        + "against a real " + system.dialect().displayName() + " by CDC Architect's tests. Run it on a copy first.");
            }
            for (ReconciliationQueries q : system.tables()) sink.code("sql", queries(q));
        }
        sink.heading("Comparing the answers");
        sink.bullet("Row counts", null, "equal per table on the source and every target.");
        sink.bullet("Key ranges", null, "the bucket-hash query returns one row per range of " + String.format("%,d", plan.bucketWidth())
                + " keys (tables keyed by text: 1,024 hash buckets) with row_count and hash_sum. Equal rows give equal sums whatever "
                + "their order; a range that differs in either holds a differing row. Re-run the query with a WHERE on that range "
                + "and a smaller width to narrow it down.");
        sink.bullet("Deleted rows", null, "the source and a target are different databases, so no single SQL statement joins them. "
                + "Export the source's key list (keyList query) to a file, create the staging table on the target (stageKeys), "
                + "load the file into it (COPY, LOAD DATA, bq load, ...), then run extraRows on the target: the keys deleted at the "
                + "source but still in the target; missingRows gives the reverse. Without a load path, sort both key lists "
                + "(LC_ALL=C sort) and compare them with comm -23 / comm -13.");
        for (String note : plan.notQueried()) sink.bullet("Not queryable", null, note);
    }

    private static void canonicalForm(CutoverPlan plan, SpecSink sink) {
        sink.heading("Reconciliation: the canonical row");
        sink.bullet("Form", null, "each row becomes one text: its key columns, then its other columns, joined by '|', every NULL "
                + "written \\N. The row's hash is the first 15 hex digits of the MD5 of that text in UTF-8, read as a number "
                + "(below 2^60); a range's hash_sum is the sum of its rows' hashes (decision record 0019).");
        sink.bullet("Proven", null, "the PostgreSQL and MySQL/MariaDB queries are executed on real PostgreSQL and MariaDB servers in "
                + "CDC Architect's tests: equal rows give equal hashes across the two, and a deleted, a lost and a changed row are found "
                + "in their key range and by key, also on rows that reached a PostgreSQL or MariaDB replica through Kafka and the Debezium "
                + "JDBC sink. " + Arrays.stream(SqlDialect.values()).filter(d -> !d.executedInTests())
                .map(SqlDialect::displayName).collect(Collectors.joining(", ")) + " are not executed there.");
        if (plan.placeholderTables()) {
            sink.bullet("Warning", null, "the design names no table: the queries use the example table " + String.join(", ", plan.tables())
                    + ". Write them for each captured table.");
        }
        sink.bullet("Columns", null, "the design does not know the tables' columns: the queries use the example key "
                + plan.exampleShape().key().get(0).name() + " and the columns " + plan.exampleShape().columns().stream()
                .map(c -> c.name() + " (" + c.type().name().toLowerCase(java.util.Locale.ROOT) + ")").collect(Collectors.joining(", "))
                + ". Replace them with each table's primary key and columns, with the expression of the column's type, in the same "
                + "order on both sides.");
        // Under its own heading: a Markdown table between two lists needs blank lines the sink does not write.
        sink.heading("Canonical text per column type");
        sink.table(List.of("Column type", "Canonical text", "Example"), List.of(
                List.of("whole number", "digits, leading minus", "-42"),
                List.of("decimal", "digits; trailing fractional zeros and a trailing point dropped", "10.00 → 10, -0.50 → -0.5"),
                List.of("text", "as stored (compare in UTF-8)", "Zürich"),
                List.of("boolean", "1 or 0", "true → 1"),
                List.of("timestamp", "YYYY-MM-DD HH:MM:SS.ffffff, run both sides in UTC", "2026-01-02 03:04:05.123456"),
                List.of("NULL", "\\N", "\\N")));
    }

    private static String queries(ReconciliationQueries q) {
        return "-- " + q.table() + "\n-- rowCount\n" + q.rowCount() + ";\n\n-- bucketHashes\n" + q.bucketHashes() + ";\n\n-- keyList\n"
                + q.keyList() + ";\n\n-- stageKeys (the other side's key list is loaded here)\n" + q.stageKeys() + ";\n\n-- extraRows\n"
                + q.extraRows() + ";\n\n-- missingRows\n" + q.missingRows() + ";";
    }
}
