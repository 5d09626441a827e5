package dev.cdcarchitect.rules.sink;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;

/**
 * The SMT that flattens a Debezium change event to its row for sinks that cannot read the envelope. MongoDB events
 * carry the document as a JSON string (and name their collection, not a table), which only the MongoDB connector's own
 * ExtractNewDocumentState turns into a row; every other engine's envelope is flattened by ExtractNewRecordState.
 */
public final class Flattening {

    private Flattening() {}

    public static String smtClass(RuleContext ctx) {
        return mongo(ctx) ? "io.debezium.connector.mongodb.transforms.ExtractNewDocumentState" : "io.debezium.transforms.ExtractNewRecordState";
    }

    public static Reference reference(RuleContext ctx) {
        return mongo(ctx) ? Refs.DBZ_MONGODB_UNWRAP : Refs.DBZ_UNWRAP;
    }

    /** add.fields: the operation, where the row came from, when, and the source position that orders it. */
    static String addedFields(RuleContext ctx) {
        String position = ctx.knowledge().positionField();
        return "op," + originField(ctx) + ",source.ts_ms" + (position.isEmpty() ? "" : ",source." + position);
    }

    /** The added field that names the row's table (the SMT writes it with a "__" prefix). */
    static String originField(RuleContext ctx) {
        return mongo(ctx) ? "collection" : "table";
    }

    private static boolean mongo(RuleContext ctx) {
        return ctx.engine() == SourceEngine.MONGODB;
    }
}
