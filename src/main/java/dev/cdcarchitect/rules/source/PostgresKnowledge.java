package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import dev.cdcarchitect.rules.failure.Reconciliation;
import java.util.List;

/** PostgreSQL through logical decoding (pgoutput), a replication slot and a publication. */
public final class PostgresKnowledge implements SourceKnowledge {

    @Override public SourceEngine engine() { return SourceEngine.POSTGRESQL; }

    @Override public String connectorClass() { return "io.debezium.connector.postgresql.PostgresConnector"; }

    @Override public Reference reference() { return Refs.DBZ_POSTGRES; }

    @Override public boolean singleTask() { return true; }

    @Override public boolean usesSchemaHistory() { return false; }

    @Override public double rowImagesPerEvent(SourceProfile source) {
        // REPLICA IDENTITY DEFAULT sends only the key as "before"; FULL sends the whole old row.
        return source.has(KeyTrait.MISSING_PRIMARY_KEY) ? 2 : 1;
    }

    @Override public double snapshotMegabytesPerSecond() { return 80; }

    @Override public String positionField() { return "lsn"; }

    /** The slot the user already has, else one named after the topic prefix. */
    static String slotName(RuleContext ctx) {
        String existing = ctx.input().facts().existingSlot();
        return existing != null ? existing : "debezium_" + ctx.naming().topicPrefix();
    }

    /** The publication the user already has, else one named after the topic prefix. */
    static String publication(RuleContext ctx) {
        String existing = ctx.input().facts().existingPublication();
        return existing != null ? existing : "dbz_" + ctx.naming().topicPrefix();
    }

    /** pgoutput replicates TRUNCATE from PostgreSQL 11 on. */
    @Override public boolean emitsTruncates(SourceProfile source) { return source.majorVersion() >= 11; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        return CaptureScope.of(ctx).withoutReplaced(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "plugin.name", "pgoutput"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", "<primary/writer endpoint, never a replica>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "5432"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", "debezium"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, "postgres.properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.dbname", "app"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.sslmode", "verify-full"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "table.include.list", "public\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "slot.name", slotName(ctx)),
                new ConfigEntry(SOURCE_CONNECTOR, c, "publication.name", publication(ctx)),
                new ConfigEntry(SOURCE_CONNECTOR, c, "publication.autocreate.mode", "disabled")));
    }

    @Override
    public List<Rule> rules() {
        return PostgresRules.ALL;
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        boolean failoverSlots = ctx.source().majorVersion() >= 17;
        return new FailureKnowledge(
                "The confirmed LSN is stored twice: in " + CaptureStores.offsets(ctx) + " (lsn, txId) and as confirmed_flush_lsn of slot "
                        + slotName(ctx) + "; the slot keeps WAL from that point.",
                failoverSlots
                        ? "With slot.failover=true and sync_replication_slots=on on the standby, the slot survives promotion; the connector reconnects to the new primary through the writer endpoint and resumes from its LSN."
                        : Reconciliation.after("Before PostgreSQL 17 a logical slot exists only on the primary: after promotion the slot is gone. Re-create the slot on the new primary, restart the connector, then run an incremental snapshot of the tables written between the last confirmed LSN and the new slot's start."),
                failoverSlots ? "0 (slot synchronised)" : Reconciliation.RPO,
                "Slot invalidated (wal_status = 'lost' after max_slot_wal_keep_size was exceeded) or dropped",
                "Drop the invalid slot, create a new one, restart with snapshot.mode=when_needed or run an incremental snapshot signal for all captured tables; sinks upsert, so the overlap is harmless.");
    }

    static boolean hasLargeValues(SourceProfile source) {
        return source.has(DataTrait.LARGE_OBJECTS) || source.has(DataTrait.JSON);
    }
}
