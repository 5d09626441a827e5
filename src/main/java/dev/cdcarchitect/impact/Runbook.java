package dev.cdcarchitect.impact;

import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * The safe order of steps for one change: what the design's sinks and readers cannot absorb is prepared first, then
 * the source DDL with its capture steps, then verification. Changes that no reader can take in one step (a rename, a
 * narrowing, a decimal's new scale, anything the registry refuses) become expand, migrate, contract.
 */
final class Runbook {

    private final ImpactContext ctx;
    private final List<Finding> findings;
    private final List<String> steps = new ArrayList<>();

    private Runbook(ImpactContext ctx, List<Finding> findings) {
        this.ctx = ctx;
        this.findings = findings;
    }

    static List<String> of(ImpactContext ctx, List<Finding> findings, boolean registryRefuses) {
        Runbook r = new Runbook(ctx, findings);
        r.write(registryRefuses);
        return List.copyOf(r.steps);
    }

    private void write(boolean registryRefuses) {
        SchemaChange c = ctx.change();
        SourceEngine e = ctx.engine();
        String t = ctx.qualifiedTable();
        boolean protobuf = ctx.design().input().requirements().schemaFormat() == SchemaFormat.PROTOBUF;
        // Avro's decimal bytes take their scale from the schema; each Protobuf Decimal value carries its own.
        boolean scaleChange = !protobuf && ctx.kind() == ChangeKind.CHANGE_PRECISION && c.from().scale() != c.to().scale();
        if (ctx.kind() == ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT && registryRefuses) {
            addInTwoSteps();
            return;
        }
        boolean expandContract = ctx.kind() == ChangeKind.RENAME_COLUMN || ctx.kind() == ChangeKind.NARROW_TYPE || scaleChange
                || (registryRefuses && ctx.kind() != ChangeKind.CHANGE_PRIMARY_KEY && ctx.kind().altersColumns());
        if (ctx.kind() == ChangeKind.CHANGE_PRIMARY_KEY) {
            newTopicVersion("Change the key: ALTER TABLE " + t + " … PRIMARY KEY (" + String.join(", ", c.keyColumns()) + ");");
            return;
        }
        if (protobuf && registryRefuses && ctx.kind() == ChangeKind.DROP_COLUMN) {
            // The converter cannot reserve the removed field, so no version of the old subject takes the drop.
            newTopicVersion("With writes to " + t + " paused, so that no event reaches " + ctx.topic() + ".v2 with the old shape: "
                    + Statements.dropColumn(e, t, c.column()) + " Then resume writes.");
            return;
        }
        if (expandContract) {
            String next = ctx.kind() == ChangeKind.RENAME_COLUMN ? c.newName() : c.column() + "_v2";
            ColumnType type = c.to() != null ? c.to() : ColumnType.parse("text").orElseThrow();
            // Each half is a change of its own: what the sinks need is what an added, then a dropped, column needs.
            SchemaChange add = new SchemaChange(ChangeKind.ADD_NULLABLE_COLUMN, c.table(), next, "", null, type, "", List.of(), false);
            SchemaChange drop = new SchemaChange(ChangeKind.DROP_COLUMN, c.table(), c.column(), "", null, null, "", List.of(), false);
            List<Finding> added = SinkImpact.of(ctx.with(add));
            List<Finding> dropped = SinkImpact.of(ctx.with(drop));
            downstream(added, true, "");
            step("Expand: " + Statements.addColumn(e, t, next, type, "") + " (nullable, so every reader and the registry accept it)");
            columnCaptureSteps(add, "After the expand: ");
            downstream(added, false, "After the expand: ");
            step("Migrate: make the application write both " + c.column() + " and " + next + ", then backfill: "
                    + Statements.copyColumn(e, t, c.column(), next) + " (in batches on a large table; the backfill's own change "
                    + "events carry " + next + " to every sink)");
            step("Move every reader and sink query from " + c.column() + " to " + next + "; check each one.");
            downstream(dropped, true, "Before the contract: ");
            step("Contract: stop writing " + c.column() + ", then " + (protobuf ? "(the registry refuses a Protobuf field removed "
                    + "without reservation) pause writes to " + t + ", route it to a new topic version " + ctx.topic() + ".v2 (new "
                    + "subjects), " + Statements.dropColumn(e, t, c.column()) + " and resume writes; snapshot " + t + " into .v2 and move "
                    + "each consumer and sink to it." : Statements.dropColumn(e, t, c.column())));
            columnCaptureSteps(drop, "After the contract (with the next free capture instance name where one is needed): ");
            downstream(dropped, false, "After the contract: ");
            verify(next);
            return;
        }
        prerequisites();
        downstreamSteps();
        switch (ctx.kind()) {
            case ADD_NULLABLE_COLUMN -> step(Statements.addColumn(e, t, c.column(), c.to(), ""));
            case ADD_NOT_NULL_COLUMN_WITH_DEFAULT -> step(Statements.addColumn(e, t, c.column(), c.to(), c.defaultValue()));
            case DROP_COLUMN -> step(Statements.dropColumn(e, t, c.column()));
            case WIDEN_TYPE, CHANGE_PRECISION -> step(Statements.changeType(e, t, c.column(), c.to()));
            case ADD_TABLE -> step("Create " + t + " with its primary key (the key of its topic).");
            case DROP_TABLE -> step("DROP TABLE " + t + ";");
            case ATTACH_PARTITION -> step("ALTER TABLE " + t + " ATTACH PARTITION " + c.column() + " FOR VALUES …;");
            default -> { }
        }
        captureSteps("");
        afterSteps();
        if (ctx.kind() == ChangeKind.DROP_TABLE) {
            step("Once its readers are done, delete the topic (kafka-topics.sh --bootstrap-server <bootstrap servers> --delete --topic "
                    + ctx.topic() + ") and its subjects " + ctx.topic() + "-key and " + ctx.topic() + "-value.");
            return;
        }
        boolean noColumn = ctx.kind() == ChangeKind.ADD_TABLE || ctx.kind() == ChangeKind.ATTACH_PARTITION || ctx.kind() == ChangeKind.DROP_COLUMN;
        verify(noColumn ? "" : c.column());
    }

    /** A NOT NULL column whose default cannot reach the schema: added nullable, filled, and kept optional in the schema. */
    private void addInTwoSteps() {
        SchemaChange c = ctx.change();
        prerequisites();
        downstreamSteps();
        step(Statements.addColumn(ctx.engine(), ctx.qualifiedTable(), c.column(), c.to(), "") + " (nullable: the registry accepts an optional field)");
        captureSteps("");
        afterSteps();
        step("Fill it: UPDATE " + ctx.qualifiedTable() + " SET " + c.column() + " = " + c.defaultValue() + " WHERE " + c.column()
                + " IS NULL; (in batches on a large table), and make the application write it.");
        step("Keep the column nullable in the database, or give it a literal default before making it NOT NULL: a required field "
                + "without a default in the schema is what the registry refused.");
        verify(c.column());
    }

    /** @param change the statement that changes the table once the new topic version is in place */
    private void newTopicVersion(String change) {
        prerequisites();
        downstreamSteps();
        step("Route " + ctx.qualifiedTable() + " to a new topic version " + ctx.topic() + ".v2 (new key and value subjects), e.g. with "
                + "a topic routing transform on the source connector, and point each sink at it.");
        step(change);
        captureSteps("");
        afterSteps();
        step("Snapshot " + ctx.qualifiedTable() + " into " + ctx.topic() + ".v2 (an incremental snapshot signal), then move each consumer "
                + "to .v2 from its start.");
        step("Retire " + ctx.topic() + " once no consumer reads it.");
    }

    /** The sink and consumer fixes, which must be in place before the source writes the new shape. */
    private void downstreamSteps() {
        for (Finding f : findings) {
            // the registry's own fixes are what this runbook's order already does (expand and contract, a new topic version)
            boolean downstream = f.stage() == Finding.Stage.SINK || f.stage() == Finding.Stage.CONSUMERS;
            if (downstream && f.severity() != Finding.Severity.ABSORBED && !f.fix().isEmpty() && f.fixFirst()) {
                step(f.component() + ": " + f.fix());
            }
        }
    }

    /** The source's own steps for one column added or dropped on the way (a capture instance, the ASN cycle). */
    private void columnCaptureSteps(SchemaChange step, String phase) {
        for (Finding f : SourceImpact.of(ctx.with(step))) {
            if (f.severity() == Finding.Severity.NEEDS_A_STEP && !f.fixFirst() && !f.fix().isEmpty()) step(phase + f.fix());
        }
    }

    /** The sink fixes of one half of an expand and contract, before or after its DDL. */
    private void downstream(List<Finding> sinkFindings, boolean first, String phase) {
        for (Finding f : sinkFindings) {
            if (f.severity() != Finding.Severity.ABSORBED && !f.fix().isEmpty() && f.fixFirst() == first) step(phase + f.component() + ": " + f.fix());
        }
    }

    /** Downstream clean-up that follows the source change (the old column dropped, a stream restarted). */
    private void afterSteps() {
        for (Finding f : findings) {
            boolean downstream = f.stage() == Finding.Stage.SINK || f.stage() == Finding.Stage.CONSUMERS;
            if (downstream && f.severity() != Finding.Severity.ABSORBED && !f.fix().isEmpty() && !f.fixFirst()) {
                step(f.component() + ": " + f.fix());
            }
        }
    }

    /** What the source connector cannot take as configured is changed before the DDL (a setting, a publication root). */
    private void prerequisites() {
        for (Finding f : findings) {
            if (f.stage() == Finding.Stage.SOURCE && f.severity() != Finding.Severity.ABSORBED && f.fixFirst() && !f.fix().isEmpty()) {
                step("Before the change: " + f.fix());
            }
        }
    }

    /** The source connector's own steps after the DDL (a new capture instance, the ASN cycle, a publication). */
    private void captureSteps(String phase) {
        for (Finding f : findings) {
            if (f.stage() == Finding.Stage.SOURCE && f.severity() == Finding.Severity.NEEDS_A_STEP && !f.fixFirst() && !f.fix().isEmpty()) {
                step(phase + f.fix());
            }
        }
    }

    private void verify(String column) {
        step("Verify: write one row to " + ctx.qualifiedTable() + (column.isEmpty() ? "" : " with " + column) + " and find it in "
                + ctx.topic() + " and in each sink; the connector and sink tasks stay RUNNING and the DLQs empty.");
    }

    private void step(String text) {
        if (!steps.contains(text)) steps.add(text);
    }
}
