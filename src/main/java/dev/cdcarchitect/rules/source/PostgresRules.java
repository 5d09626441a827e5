package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.DATABASE;
import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.domain.Workload;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.failure.Heartbeat;
import java.util.List;

/** PostgreSQL-specific rules: server settings, privileges, slot and publication, WAL retention, identity, TOAST, failover. */
final class PostgresRules {

    static final List<Rule> ALL = List.of(
            Rule.always("pg.server-settings", ENGINE, PostgresRules::serverSettings),
            Rule.always("pg.privileges", ENGINE, PostgresRules::privileges),
            Rule.always("pg.logical-decoding", LOG_AND_SNAPSHOT, PostgresRules::logicalDecoding),
            Rule.always("pg.wal-retention", LOG_AND_SNAPSHOT, PostgresRules::walRetention),
            Rule.always("pg.replica-identity", LOG_AND_SNAPSHOT, PostgresRules::replicaIdentity),
            Rule.when("pg.partitioned-tables", LOG_AND_SNAPSHOT, ctx -> !PostgresTables.partitioned(ctx).isEmpty(),
                    PostgresTables::partitionedTables),
            Rule.when("pg.toast", LOG_AND_SNAPSHOT,
                    ctx -> PostgresKnowledge.hasLargeValues(ctx.source()) || ctx.source().has(Workload.UPDATE_HEAVY)
                            || namedLargeValues(ctx),
                    PostgresRules::toast),
            Rule.always("pg.slot-failover", LOG_AND_SNAPSHOT, PostgresRules::slotFailover));

    private PostgresRules() {}

    private static boolean namedLargeValues(RuleContext ctx) {
        CaptureScope scope = CaptureScope.of(ctx);
        return !scope.tables(ObjectRole.LARGE_VALUES).isEmpty() || !scope.columns(ObjectRole.LARGE_VALUES).isEmpty();
    }

    private static Decision serverSettings(RuleContext ctx) {
        Hosting hosting = ctx.source().hosting();
        DecisionBuilder d = ctx.decision("pg.server-settings", "Enable logical decoding on the primary")
                .statement("Run the primary with wal_level=logical and headroom for replication slots and WAL senders; "
                        + hostingNote(hosting))
                .because("pgoutput decodes committed transactions from the WAL only at wal_level=logical. Each Debezium connector "
                        + "holds one slot and one WAL sender; spare slots let you add a connector or re-create a slot without a restart.")
                .ref(Refs.PG_LOGICAL_DECODING, Refs.PG_REPLICATION_CONFIG, Refs.DBZ_POSTGRES);
        String db = hosting == Hosting.SELF_MANAGED ? "postgresql.conf" : hosting.displayName() + " parameters";
        switch (hosting) {
            case AWS_RDS, AWS_AURORA -> d.set(DATABASE, db, "rds.logical_replication", "1").ref(
                    hosting == Hosting.AWS_AURORA ? Refs.AWS_AURORA_PG_LOGICAL : Refs.AWS_RDS_PG_LOGICAL);
            case GCP_CLOUD_SQL -> d.set(DATABASE, db, "cloudsql.logical_decoding", "on").ref(Refs.GCP_CLOUD_SQL_PG_LOGICAL);
            case GCP_ALLOYDB -> d.set(DATABASE, db, "alloydb.logical_decoding", "on");
            case AZURE -> d.set(DATABASE, db, "wal_level", "logical").ref(Refs.AZURE_PG_LOGICAL);
            default -> d.set(DATABASE, db, "wal_level", "logical");
        }
        d.set(DATABASE, db, "max_replication_slots", "10")
                .set(DATABASE, db, "max_wal_senders", "10");
        return d.warn("Changing wal_level (or the managed-service flag) needs a restart of the primary: schedule it before the pipeline goes live.")
                .build();
    }

    private static String hostingNote(Hosting hosting) {
        return switch (hosting) {
            case AWS_RDS -> "on RDS set rds.logical_replication=1 in a custom DB parameter group (this sets wal_level=logical).";
            case AWS_AURORA -> "on Aurora set rds.logical_replication=1 in the DB cluster parameter group and point the connector at the cluster (writer) endpoint.";
            case GCP_CLOUD_SQL -> "on Cloud SQL set the database flag cloudsql.logical_decoding=on.";
            case GCP_ALLOYDB -> "on AlloyDB set the flag alloydb.logical_decoding=on.";
            case AZURE -> "on Azure Database for PostgreSQL flexible server set the server parameter wal_level=logical.";
            default -> "set in postgresql.conf.";
        };
    }

    private static Decision privileges(RuleContext ctx) {
        Hosting hosting = ctx.source().hosting();
        String replicationGrant = switch (hosting) {
            case AWS_RDS, AWS_AURORA -> "GRANT rds_replication TO debezium;";
            case GCP_CLOUD_SQL, GCP_ALLOYDB, AZURE -> "ALTER ROLE debezium WITH REPLICATION;";
            default -> "ALTER ROLE debezium WITH REPLICATION;";
        };
        String signal = CaptureScope.of(ctx).namespace() + ".debezium_signal"; // the same table snapshot.signals names
        return ctx.decision("pg.privileges", "Least-privilege replication user and a DBA-owned publication")
                .statement("Connect as a dedicated login role with REPLICATION and SELECT on the captured tables only; the DBA creates "
                        + "the publication once, so the connector needs no table ownership (publication.autocreate.mode=disabled).")
                .because("Letting Debezium create the publication requires ownership of every table or superuser. A pre-created "
                        + "publication limits decoding to the captured tables, which also cuts pgoutput's filtering work.")
                .snippet("sql", "run once as an administrator",
                        "CREATE ROLE debezium WITH LOGIN PASSWORD '<from your secret store>';\n"
                                + replicationGrant + "\n"
                                + schemaGrants(ctx)
                                + PostgresTables.publicationSql(ctx) + "\n"
                                + "CREATE TABLE " + signal + " (id VARCHAR(42) PRIMARY KEY, type VARCHAR(32) NOT NULL, data VARCHAR(2048));\n"
                                + "GRANT INSERT, SELECT ON " + signal + " TO debezium;\n"
                                + "ALTER PUBLICATION " + PostgresKnowledge.publication(ctx) + " ADD TABLE " + signal + ";")
                .ref(Refs.DBZ_POSTGRES, Refs.DBZ_SIGNALLING)
                .build();
    }

    private static String schemaGrants(RuleContext ctx) {
        StringBuilder sql = new StringBuilder();
        for (String schema : PostgresTables.schemas(ctx)) {
            sql.append("GRANT USAGE ON SCHEMA ").append(schema).append(" TO debezium;\n")
                    .append("GRANT SELECT ON ALL TABLES IN SCHEMA ").append(schema).append(" TO debezium;\n");
        }
        return sql.toString();
    }

    private static Decision logicalDecoding(RuleContext ctx) {
        return ctx.decision("pg.logical-decoding", "pgoutput with one replication slot and a heartbeat")
                .statement("Stream through the built-in pgoutput plug-in from slot " + PostgresKnowledge.slotName(ctx)
                        + "; emit a heartbeat every " + Units.millis(Heartbeat.INTERVAL_MS) + " (the heartbeat.interval.ms set with the "
                        + "monitoring in section 5) and let it write to a heartbeat table so the slot advances even when "
                        + "captured tables are quiet.")
                .because("pgoutput ships with PostgreSQL 10+ and every managed service, so nothing is installed on the server. "
                        + "Changes arrive in commit order, whole transactions at a time, which preserves transaction boundaries. "
                        + "A slot only advances when the connector confirms an LSN; if the captured tables are quiet while the rest "
                        + "of the database is busy, WAL piles up unless a heartbeat produces a change inside the publication.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "heartbeat.action.query",
                        "INSERT INTO public.debezium_heartbeat (id, ts) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET ts = EXCLUDED.ts")
                .snippet("sql", "heartbeat table (add it to the publication)",
                        "CREATE TABLE public.debezium_heartbeat (id INT PRIMARY KEY, ts TIMESTAMPTZ NOT NULL);\n"
                                // ON CONFLICT reads the arbiter column: SELECT too, or "permission denied" (the
                                // schema-wide SELECT grant ran before this table existed).
                                + "GRANT SELECT, INSERT, UPDATE ON public.debezium_heartbeat TO debezium;\n"
                                + "ALTER PUBLICATION " + PostgresKnowledge.publication(ctx) + " ADD TABLE public.debezium_heartbeat;")
                .ref(Refs.DBZ_POSTGRES, Refs.PG_LOGICAL_DECODING, Refs.PG_INSERT_ON_CONFLICT)
                .warn("Logical decoding costs the primary one walsender process per slot, which reads and decodes all WAL "
                        + "(not just captured tables) — about one CPU core at "
                        + Units.grouped(ctx.source().peakChangesPerSecond())
                        + " changes/s peak. Budget it on the primary; it cannot run on a physical standby before PostgreSQL 16.")
                .warnIf(ctx.input().facts().existingSlot() != null, "Slot " + PostgresKnowledge.slotName(ctx) + " exists already: "
                        + "check in pg_replication_slots that it is a logical slot with plugin pgoutput in the captured database and "
                        + "that nothing else reads it (a slot serves one consumer at a time, and each confirms its own position).")
                .build();
    }

    private static Decision walRetention(RuleContext ctx) {
        int major = ctx.source().majorVersion();
        long capGb = Math.max(64, (long) Math.ceil(ctx.sizing().logRetentionGigabytes() * 1.5));
        DecisionBuilder d = ctx.decision("pg.wal-retention", "Cap the WAL a stalled slot can hold")
                .statement("Retain up to " + Units.grouped(capGb) + " GB of WAL for the slot (1.5 x the " + Units.decimal(ctx.sizing().logRetentionGigabytes())
                        + " GB a 24 h connector outage produces) and alert long before the cap.")
                .because("A slot that stops advancing keeps every WAL segment until the disk fills and the primary stops accepting "
                        + "writes. max_slot_wal_keep_size (PostgreSQL 13+) trades that outage for an invalidated slot, which costs a "
                        + "re-snapshot but keeps the database up.")
                .ref(Refs.PG_REPLICATION_CONFIG, Refs.DBZ_POSTGRES)
                .snippet("sql", "monitor (alert when retained WAL passes 50% of the cap or wal_status is 'unreserved')",
                        "SELECT slot_name, active, wal_status, safe_wal_size,\n"
                                + "       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)) AS retained\n"
                                + "FROM pg_replication_slots WHERE slot_name = '" + PostgresKnowledge.slotName(ctx) + "';");
        Integer stated = ctx.input().facts().logRetentionHours();
        d.warnIf(stated != null, "A WAL retention of " + stated + " h was stated: a replication slot keeps WAL regardless of time "
                + "(wal_keep_size and archiving do not matter to it), so what bounds the tolerated connector outage is "
                + "max_slot_wal_keep_size, i.e. how long the WAL produced at peak takes to fill " + capGb + " GB.");
        if (major >= 13) {
            d.set(DATABASE, "postgresql.conf", "max_slot_wal_keep_size", capGb + "GB");
        } else {
            d.warn("PostgreSQL " + ctx.source().version() + " has no max_slot_wal_keep_size (added in 13): a stalled slot can fill "
                    + "the disk. Alert on retained WAL and plan the upgrade.");
        }
        return d.build();
    }

    private static Decision replicaIdentity(RuleContext ctx) {
        List<String> keyless = CaptureScope.of(ctx).tables(ObjectRole.KEYLESS);
        boolean missingKeys = ctx.source().has(KeyTrait.MISSING_PRIMARY_KEY) || !keyless.isEmpty();
        DecisionBuilder d = ctx.decision("pg.replica-identity", "REPLICA IDENTITY per table")
                .statement(missingKeys
                        ? "Keep REPLICA IDENTITY DEFAULT on tables with a primary key; give every table without one a unique index "
                                + "(REPLICA IDENTITY USING INDEX) or, failing that, REPLICA IDENTITY FULL, and set message.key.columns for it."
                        : "Keep REPLICA IDENTITY DEFAULT: every captured table has a primary key, so update and delete events carry "
                                + "the key, and the message key is the primary key.")
                .because("A table in a publication that publishes UPDATE and DELETE must have a replica identity, or PostgreSQL "
                        + "rejects those statements on the source. FULL logs the whole old row, which enlarges WAL and events, so use "
                        + "it only where no unique index exists.")
                .ref(Refs.PG_ALTER_TABLE, Refs.DBZ_POSTGRES);
        if (!keyless.isEmpty()) {
            PostgresTables.keylessTables(ctx, d, keyless);
        } else if (missingKeys) {
            d.set(SOURCE_CONNECTOR, ctx.connector(), "message.key.columns", "public.audit_log:tenant_id,event_id")
                    .snippet("sql", "tables without a primary key",
                            "ALTER TABLE public.audit_log REPLICA IDENTITY USING INDEX audit_log_tenant_event_uidx; -- preferred\n"
                                    + "ALTER TABLE public.legacy_notes REPLICA IDENTITY FULL; -- only when no unique index exists")
                    .warn("Without a key, events of a keyless table are keyed by message.key.columns; pick columns that are unique "
                            + "and never updated, or per-row ordering is lost.");
        }
        return d.build();
    }

    private static Decision toast(RuleContext ctx) {
        DecisionBuilder d = ctx.decision("pg.toast", "Unchanged TOASTed values")
                .statement("Expect large (TOASTed) columns that an UPDATE did not touch to arrive as the placeholder "
                        + "__debezium_unavailable_value; re-select them with the ReselectColumnsPostProcessor for the few tables "
                        + "that need full rows downstream, rather than REPLICA IDENTITY FULL everywhere.")
                .because("pgoutput sends an unchanged out-of-line value only when the old row is logged in full. "
                        + wholeRowWriters(ctx) + ", so without the re-select they would store the placeholder over good data.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "unavailable.value.placeholder", "__debezium_unavailable_value")
                .set(SOURCE_CONNECTOR, ctx.connector(), "post.processors", "reselector")
                .set(SOURCE_CONNECTOR, ctx.connector(), "reselector.type", "io.debezium.processors.reselect.ReselectColumnsPostProcessor")
                .set(SOURCE_CONNECTOR, ctx.connector(), "reselector.reselect.unavailable.values", "true")
                // Its default re-selects NULL columns too: a query on the primary per such event (found by the rehearsal).
                .set(SOURCE_CONNECTOR, ctx.connector(), "reselector.reselect.null.values", "false")
                .ref(Refs.DBZ_POSTGRES, Refs.DBZ_RESELECT)
                .warn("Re-selecting reads the current row, not the row as of the change: under heavy updates it can return a newer "
                        + "value than the event's; per-key ordering still converges because later events follow.");
        PostgresTables.largeValues(ctx, d);
        return d.build();
    }

    /** Who writes whole rows or documents by key in this design: its own targets, not a generic list. */
    private static String wholeRowWriters(RuleContext ctx) {
        if (ctx.noKafka() || ctx.targets().isEmpty()) return "Consumers take each change as a whole row or document";
        return "The targets here (" + ctx.targets().stream().map(t -> t.label()).collect(java.util.stream.Collectors.joining(", "))
                + ") take each change as a whole row or document";
    }

    private static Decision slotFailover(RuleContext ctx) {
        int major = ctx.source().majorVersion();
        boolean ha = ctx.source().has(HaTrait.MULTI_AZ) || ctx.source().has(HaTrait.READ_REPLICAS)
                || ctx.source().hosting() != Hosting.SELF_MANAGED;
        DecisionBuilder d = ctx.decision("pg.slot-failover", "Keep the slot through a failover")
                .ref(Refs.PG_FAILOVER, Refs.DBZ_POSTGRES);
        if (major >= 17) {
            d.statement("Create the slot as a failover slot (slot.failover=true) and synchronise it to the standby "
                            + "(sync_replication_slots=on, hot_standby_feedback=on there; synchronized_standby_slots on the primary). "
                            + "Point the connector at the writer endpoint/VIP, never at a replica.")
                    .because("Since PostgreSQL 17 logical slots can be synchronised to a physical standby, so a promotion no longer "
                            + "loses the slot and its position.")
                    .set(SOURCE_CONNECTOR, ctx.connector(), "slot.failover", "true")
                    .set(DATABASE, "postgresql.conf (standby)", "sync_replication_slots", "on")
                    .set(DATABASE, "postgresql.conf (standby)", "hot_standby_feedback", "on")
                    .set(DATABASE, "postgresql.conf (primary)", "synchronized_standby_slots", "<physical slot of the standby>");
        } else {
            d.statement("Treat a failover as a slot loss: after promotion re-create the slot on the new primary and close the gap "
                            + "with an incremental snapshot. Upgrading to PostgreSQL 17 removes this step (failover slots).")
                    .because("Before PostgreSQL 17 a logical slot lives only on the primary; a promoted standby has no slot and "
                            + "no record of what the connector confirmed.")
                    .warnIf(ha, "The source has a standby: every failover needs the runbook in section 5 (lost slot) until PostgreSQL 17.");
        }
        if (ctx.source().hosting().isManaged()) {
            d.warn(ctx.source().hosting().displayName() + " manages failover itself: confirm from its documentation whether logical "
                    + "slots survive a failover on your engine version before relying on it.");
        }
        return d.build();
    }
}
