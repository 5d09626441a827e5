package dev.cdcarchitect.rules.schema;

import dev.cdcarchitect.domain.DdlKind;
import dev.cdcarchitect.domain.SchemaChanges;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;

/**
 * What each kind of schema change the user stated does under this design's compatibility mode (BACKWARD_TRANSITIVE
 * on values): which pass the registry by themselves and which need expand/contract or a new topic version.
 */
final class StatedSchemaChanges {

    private StatedSchemaChanges() {}

    static void warn(DecisionBuilder d, RuleContext ctx) {
        SchemaChanges changes = ctx.input().facts().schemaChanges();
        if (!changes.stated()) return;
        String how = changes.frequency() == null ? "" : " (stated: DDL " + changes.frequency() + ")";
        if (changes.has(DdlKind.ADD_COLUMN)) {
            d.warn("Columns added" + how + ": a nullable column or one with a default becomes an optional field with a default and "
                    + "passes BACKWARD_TRANSITIVE; a NOT NULL column without a default becomes a required field, which the registry "
                    + "rejects, and the connector stops on the next event of that table. Add columns nullable or with a default.");
        }
        if (changes.has(DdlKind.DROP_COLUMN)) {
            d.warn("Columns dropped" + how + ": removing a field passes BACKWARD_TRANSITIVE, but consumers and targets that still "
                    + "read it get nulls or fail; drop a column only after every sink and consumer stopped using it (contract last).");
        }
        if (changes.has(DdlKind.RENAME_COLUMN)) {
            d.warn("Columns renamed" + how + ": to the schema a rename is a drop plus an add, so targets get a new column and the old "
                    + "one stops receiving values; if the column is NOT NULL without a default, the added field is required and the "
                    + "registry rejects it. Rename as add (nullable) -> backfill -> switch readers -> drop, never in one step.");
        }
        if (changes.has(DdlKind.TYPE_CHANGE)) {
            d.warn("Column types changed" + how + ": widening that Avro can promote (int -> long, float -> double, string <-> bytes) "
                    + "passes BACKWARD_TRANSITIVE; narrowing or any other change is rejected by the registry and needs a new column "
                    + "(expand/contract) or a new topic version with a re-snapshot.")
                    .ref(Refs.AVRO_SPEC);
        }
        if (changes.has(DdlKind.NEW_TABLE)) {
            d.warn("Tables added" + how + ": a new table is captured only if the include list matches it; add it there, then send an "
                    + "execute-snapshot signal for it (incremental snapshot) so its existing rows arrive before its changes.");
        }
        if (ctx.engine() == SourceEngine.SQLSERVER && changes.frequency() != null) {
            d.warn("On SQL Server every captured-column change needs a second capture instance and a switch-over "
                    + "(sys.sp_cdc_enable_table, then disable the old instance once the connector moved): with DDL "
                    + changes.frequency() + " script that switch into the migration pipeline.")
                    .ref(Refs.DBZ_SQLSERVER);
        }
    }
}
