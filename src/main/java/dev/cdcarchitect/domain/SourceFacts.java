package dev.cdcarchitect.domain;

import java.util.List;

/**
 * What the user said about the source beyond its size: named objects and their roles, the change log, the
 * operations that must flow, and the assets they own. Null or false where the text is silent.
 *
 * @param logRetentionHours  how long the source keeps its change log (binlog, WAL, redo, oplog window), or null
 * @param binlogFormat       "ROW", "STATEMENT" or "MIXED" as stated, or null
 * @param binlogRowImage     "FULL", "MINIMAL" or "NOBLOB" as stated, or null
 * @param propagateTruncates truncates must reach the targets
 * @param primaryKeyUpdates  primary-key columns are changed by UPDATE (re-keying)
 * @param largeTransactions  transactions that change very many rows at once
 * @param goldenGateLicence  the user owns an Oracle GoldenGate licence (XStream may be used)
 * @param existingSlot       a replication slot the user already has, or null
 * @param existingPublication a publication the user already has, or null
 * @param schemaChanges      the kinds and frequency of DDL the user stated
 * @param propagateDeletes   deletes must reach the targets (stated)
 * @param softDeleteColumn   the column a soft delete sets ("deleted_at"), or "" for soft deletes without a named column, or null
 */
public record SourceFacts(
        List<NamedObject> objects,
        Integer logRetentionHours,
        String binlogFormat,
        String binlogRowImage,
        boolean propagateTruncates,
        boolean primaryKeyUpdates,
        boolean largeTransactions,
        boolean goldenGateLicence,
        String existingSlot,
        String existingPublication,
        SchemaChanges schemaChanges,
        boolean propagateDeletes,
        String softDeleteColumn) {

    public static final SourceFacts NONE = new SourceFacts(List.of(), null, null, null, false, false, false, false, null, null);

    public SourceFacts {
        objects = List.copyOf(objects);
    }

    /** Source facts with no schema changes stated. */
    public SourceFacts(List<NamedObject> objects, Integer logRetentionHours, String binlogFormat, String binlogRowImage,
                       boolean propagateTruncates, boolean primaryKeyUpdates, boolean largeTransactions, boolean goldenGateLicence,
                       String existingSlot, String existingPublication) {
        this(objects, logRetentionHours, binlogFormat, binlogRowImage, propagateTruncates, primaryKeyUpdates, largeTransactions,
                goldenGateLicence, existingSlot, existingPublication, SchemaChanges.NONE);
    }

    /** Source facts with nothing stated about deletes. */
    public SourceFacts(List<NamedObject> objects, Integer logRetentionHours, String binlogFormat, String binlogRowImage,
                       boolean propagateTruncates, boolean primaryKeyUpdates, boolean largeTransactions, boolean goldenGateLicence,
                       String existingSlot, String existingPublication, SchemaChanges schemaChanges) {
        this(objects, logRetentionHours, binlogFormat, binlogRowImage, propagateTruncates, primaryKeyUpdates, largeTransactions,
                goldenGateLicence, existingSlot, existingPublication, schemaChanges, false, null);
    }

    public boolean softDeletes() { return softDeleteColumn != null; }

    public List<NamedObject> objects(ObjectKind kind) {
        return objects.stream().filter(o -> o.kind() == kind).toList();
    }

    public List<NamedObject> objects(ObjectKind kind, ObjectRole role) {
        return objects.stream().filter(o -> o.kind() == kind && o.has(role)).toList();
    }
}
