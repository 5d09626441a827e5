package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle through LogMiner reading online and archived redo logs, or through an XStream outbound server when the user
 * owns a GoldenGate licence (see {@link OracleXStream}).
 */
public final class OracleKnowledge implements SourceKnowledge {

    /** XStream needs a GoldenGate licence; only a licence the user stated switches the adapter. */
    public static boolean xstream(RuleContext ctx) {
        return ctx.engine() == SourceEngine.ORACLE && ctx.facts().goldenGateLicence();
    }

    /** The database name the RDS design leaves for the user to fill in (database.dbname there). */
    private static final String RDS_DATABASE = "<DB name of the RDS instance>";

    /**
     * The mining strategy: hybrid where it is allowed, online_catalog whenever LOBs are captured, because Debezium 3.6.1
     * refuses hybrid with lob.enabled=true at validation (OracleConnectorConfig.validateLogMiningStrategy).
     */
    public static String miningStrategy(RuleContext ctx) {
        return capturesLobs(ctx) ? "online_catalog" : "hybrid";
    }

    /** LOBs are captured when the source has them or the user named large values; the oracle.lobs decision sets lob.enabled. */
    private static boolean capturesLobs(RuleContext ctx) {
        return ctx.source().has(DataTrait.LARGE_OBJECTS) || !largeValues(ctx).isEmpty();
    }

    /** The catalog of the connector's table ids: database.pdb.name when set, else database.dbname (getCatalogName in 3.6.1). */
    public static String catalog(RuleContext ctx) {
        return CaptureScope.of(ctx).database(pdb(ctx) ? "ORCLPDB1" : RDS_DATABASE);
    }

    /** True when the connector captures a PDB of a CDB; the LogMiner design on Amazon RDS assumes a non-CDB instance. */
    static boolean pdb(RuleContext ctx) {
        return !rds(ctx) || xstream(ctx);
    }

    @Override public SourceEngine engine() { return SourceEngine.ORACLE; }

    @Override public String connectorClass() { return "io.debezium.connector.oracle.OracleConnector"; }

    @Override public Reference reference() { return Refs.DBZ_ORACLE; }

    @Override public boolean singleTask() { return true; }

    @Override public boolean usesSchemaHistory() { return true; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 2; }

    @Override public double snapshotMegabytesPerSecond() { return 50; }

    @Override public String positionField() { return "scn"; }

    @Override public boolean emitsTruncates(SourceProfile source) { return true; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        if (xstream(ctx)) return CaptureStores.dropKafkaHistory(ctx, CaptureScope.of(ctx).withoutReplaced(OracleXStream.connectorConfig(ctx)));
        List<ConfigEntry> config = new ArrayList<>(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", rds(ctx) ? "<RDS instance endpoint>" : "<SCAN listener or primary host>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "1521"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", rds(ctx) ? OracleLogMinerUser.RDS_USER : OracleLogMinerUser.COMMON_USER),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, "oracle.properties", "password"))));
        config.addAll(database(ctx, c));
        config.addAll(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.connection.adapter", "logminer"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "log.mining.strategy", miningStrategy(ctx)),
                new ConfigEntry(SOURCE_CONNECTOR, c, "table.include.list", "APP\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.topic", ctx.naming().schemaHistoryTopic()),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.bootstrap.servers", "<bootstrap servers>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.store.only.captured.tables.ddl", "true")));
        return CaptureStores.dropKafkaHistory(ctx, CaptureScope.of(ctx).withoutReplaced(config));
    }

    private static boolean rds(RuleContext ctx) {
        return ctx.source().hosting() == Hosting.AWS_RDS;
    }

    /**
     * Self-managed: the CDB (database.dbname) and the PDB to capture. Amazon RDS: a non-CDB instance, named by the DB name
     * chosen at creation; Debezium says not to set database.pdb.name for a non-CDB
     * (https://debezium.io/documentation/reference/stable/connectors/oracle.html#pluggable-vs-non-pluggable-databases).
     */
    private static List<ConfigEntry> database(RuleContext ctx, String c) {
        if (rds(ctx)) return List.of(new ConfigEntry(SOURCE_CONNECTOR, c, "database.dbname", RDS_DATABASE));
        return List.of(new ConfigEntry(SOURCE_CONNECTOR, c, "database.dbname", "ORCLCDB"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.pdb.name", "ORCLPDB1"));
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.always("oracle.redo-settings", ENGINE, this::redoSettings),
                Rule.when("oracle.logminer", LOG_AND_SNAPSHOT, ctx -> !xstream(ctx), this::logMiner),
                Rule.when("oracle.xstream", LOG_AND_SNAPSHOT, OracleKnowledge::xstream, OracleXStream::adapter),
                Rule.always("oracle.archive-retention", LOG_AND_SNAPSHOT, this::archiveRetention),
                Rule.when("oracle.lobs", LOG_AND_SNAPSHOT, OracleKnowledge::capturesLobs, this::lobs),
                Rule.when("oracle.rac", LOG_AND_SNAPSHOT, ctx -> ctx.source().has(HaTrait.RAC), this::rac));
    }

    private Decision redoSettings(RuleContext ctx) {
        if (xstream(ctx)) return OracleXStream.redoSettings(ctx);
        boolean rds = rds(ctx);
        DecisionBuilder d = ctx.decision("oracle.redo-settings", "ARCHIVELOG mode and supplemental logging")
                .statement("Run in ARCHIVELOG mode with minimal database-level supplemental logging plus ALL COLUMNS supplemental "
                        + "logging on each captured table; connect as " + (rds
                                ? "a local user (" + OracleLogMinerUser.RDS_USER + ") that the master user creates, with the LogMiner "
                                        + "privileges and SYS objects granted through rdsadmin.rdsadmin_util.grant_sys_object."
                                : "a common user (" + OracleLogMinerUser.COMMON_USER + ") with the LogMiner privileges."))
                .because("LogMiner reconstructs changes from redo; without supplemental logging an UPDATE's redo lacks the unchanged "
                        + "columns and the key, so events could not be keyed or applied as whole rows."
                        + (rds ? " Amazon RDS has no SYSDBA and no access to the CDB root, where common (C##) users are created, so the "
                                + "connector's user is an ordinary one and SYS grants go through the rdsadmin procedure." : ""))
                .snippet("sql", rds ? "Amazon RDS for Oracle (rdsadmin procedures, as the master user)" : "as SYSDBA",
                        rds ? "EXEC rdsadmin.rdsadmin_util.set_configuration('archivelog retention hours', 72);\n"
                                + "EXEC rdsadmin.rdsadmin_util.alter_supplemental_logging('ADD');\n"
                                + supplementalLogging(ctx, "") + "\n"
                                + OracleLogMinerUser.amazonRds() + "\n"
                                + SignalTable.oracle(ctx, OracleLogMinerUser.RDS_USER)
                                : "SHUTDOWN IMMEDIATE; STARTUP MOUNT; ALTER DATABASE ARCHIVELOG; ALTER DATABASE OPEN;\n"
                                + "ALTER DATABASE ADD SUPPLEMENTAL LOG DATA;\n"
                                + supplementalLogging(ctx, " -- every captured table") + "\n"
                                + OracleLogMinerUser.selfManaged() + "\n"
                                + SignalTable.oracle(ctx, OracleLogMinerUser.COMMON_USER))
                .ref(Refs.DBZ_ORACLE, Refs.ORACLE_LOGMINER, rds ? Refs.AWS_RDS_ORACLE_LOGS : Refs.ORACLE_ARCHIVELOG, Refs.DBZ_SIGNALLING)
                .warn("ALL COLUMNS supplemental logging increases redo volume for wide tables; enable it per captured table, not database-wide.");
        if (!rds) return d.build();
        // The design cannot know the instance's architecture; Debezium 3.6 mines only where it can reach CDB$ROOT, which an
        // RDS CDB never allows, so the design assumes (and says) a non-CDB instance.
        return d.ref(Refs.DBZ_ORACLE_USER, Refs.AWS_RDS_ORACLE_SYS_GRANTS, Refs.AWS_RDS_ORACLE_ARCHITECTURE, Refs.DBZ_ORACLE_CDB, Refs.DBZ_ORACLE_RDS_CDB)
                .warn("Assumes a non-CDB RDS instance (an Oracle 19c choice at creation; it cannot be changed later): in an RDS CDB you "
                        + "connect only to the PDB and cannot reach CDB$ROOT, which Debezium 3.6's LogMiner session needs (AWS RDS CDB "
                        + "support is an open Debezium pull request, 7453). Oracle 21c on RDS is always a CDB.")
                .build();
    }

    /** ALL COLUMNS supplemental logging per named table, or the example line with a hint when none were named. */
    private static String supplementalLogging(RuleContext ctx, String exampleHint) {
        List<String> tables = CaptureScope.of(ctx).tables(ObjectRole.CAPTURED);
        if (tables.isEmpty()) return "ALTER TABLE APP.ORDERS ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS;" + exampleHint;
        return String.join("\n", tables.stream().map(t -> "ALTER TABLE " + t + " ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS;").toList());
    }

    private Decision logMiner(RuleContext ctx) {
        boolean hybrid = miningStrategy(ctx).equals("hybrid");
        DecisionBuilder d = ctx.decision("oracle.logminer", "LogMiner adapter with the " + (hybrid ? "hybrid" : "online catalog") + " mining strategy")
                .statement("Use the LogMiner adapter (no extra licence) with log.mining.strategy=" + miningStrategy(ctx) + "; XStream is the "
                        + "alternative only where a GoldenGate licence already exists.")
                .because("LogMiner ships with the database. Continuous mine was desupported in Oracle 19c, so Debezium manages its "
                        + "own mining sessions. " + (hybrid
                                ? "The hybrid strategy uses the online catalog (fast) yet copes with DDL between mining windows, while "
                                        + "redo_log_catalog is deprecated."
                                : "LOB columns are captured (lob.enabled=true), and Debezium refuses the hybrid strategy with "
                                        + "lob.enabled=true (\"The hybrid mining strategy is not compatible when enabling 'lob.enabled'\"); "
                                        + "redo_log_catalog, the other strategy that allows LOBs, is deprecated, so the design mines with the online catalog."))
                // "in" puts the include lists into the mining query's IN clause: literal names only. The placeholder
                // include list is a regular expression, so it is filtered with REGEXP_LIKE instead.
                .set(SOURCE_CONNECTOR, ctx.connector(), "log.mining.query.filter.mode",
                        CaptureScope.of(ctx).tables(ObjectRole.CAPTURED).isEmpty() ? "regex" : "in")
                .ref(Refs.DBZ_ORACLE, Refs.DBZ_ORACLE_MINING_STRATEGIES, Refs.ORACLE_LOGMINER)
                .warn("LogMiner runs inside the database: each mining session costs PGA and CPU on the source. Budget a core and "
                        + "watch V$LOGMNR_SESSION at peak redo rates.");
        // The online catalog resolves names with today's dictionary, so DML interleaved with DDL can fail to decode.
        return d.warnIf(!hybrid, "The online catalog cannot track schema changes: for every DDL on a captured table, wait until "
                        + "the connector has captured all earlier changes, apply the DDL, wait until the connector has captured it, "
                        + "then resume writes to the table.")
                .build();
    }

    private Decision archiveRetention(RuleContext ctx) {
        boolean xstream = xstream(ctx);
        String shortfall = LogRetention.shortfall(ctx, "archived redo", ctx.source().hosting() == Hosting.AWS_RDS
                ? "Raise it with rdsadmin.rdsadmin_util.set_configuration('archivelog retention hours', 72)."
                : "Keep archive logs for 72 h before RMAN deletes them.");
        DecisionBuilder d = ctx.decision("oracle.archive-retention", "Archive log retention covers connector outages")
                .statement("Keep archived redo for at least 72 h (about " + dev.cdcarchitect.domain.Units.decimal(ctx.sizing().logRetentionGigabytes())
                        + " GB per 24 h at peak) and make RMAN delete archive logs only after that window.")
                .because("After an outage the " + (xstream ? "outbound server resumes" : "connector mines") + " from its last SCN; "
                        + "if that archive log was deleted, capture cannot resume.");
        // Mining hours belong to the LogMiner adapter; XStream has no such setting.
        // Debezium 3.x names it archive.log.hours (log.mining.archive.log.hours is the older name).
        if (!xstream) d.set(SOURCE_CONNECTOR, ctx.connector(), "archive.log.hours", "0");
        return d.ref(Refs.DBZ_ORACLE, Refs.ORACLE_ARCHIVELOG)
                .warnIf(shortfall != null, shortfall)
                .build();
    }

    /** Tables and columns the user named as holding large values (LOBs). */
    private static List<String> largeValues(RuleContext ctx) {
        CaptureScope scope = CaptureScope.of(ctx);
        List<String> named = new ArrayList<>(scope.tables(ObjectRole.LARGE_VALUES));
        named.addAll(scope.columns(ObjectRole.LARGE_VALUES));
        return named;
    }

    private Decision lobs(RuleContext ctx) {
        List<String> named = largeValues(ctx);
        return ctx.decision("oracle.lobs", "LOB capture")
                .statement("Enable lob.enabled=true only for tables whose CLOB/BLOB columns sinks need, and exclude the others with "
                        + "column.exclude.list." + (xstream(ctx) ? "" : " LogMiner then mines with log.mining.strategy=online_catalog."))
                .because("LOB changes are written to redo in many fragments; the connector must buffer the whole transaction to "
                        + "reassemble them, which raises memory and latency." + (xstream(ctx) ? "" : " Debezium cannot decode every "
                        + "LOB operation with the hybrid strategy and refuses that pair at validation."))
                .set(SOURCE_CONNECTOR, ctx.connector(), "lob.enabled", "true")
                .ref(xstream(ctx) ? new Reference[] {Refs.DBZ_ORACLE} : new Reference[] {Refs.DBZ_ORACLE, Refs.DBZ_ORACLE_MINING_STRATEGIES})
                .warnIf(!named.isEmpty(), "Named large values: " + String.join(", ", named) + ". A LOB that an UPDATE did not change "
                        + "is not in the redo; expect the unavailable-value placeholder for it and keep whole-row sinks from writing it.")
                .warnIf(xstream(ctx), "With XStream every DBMS_LOB.WRITEAPPEND call becomes its own event with a partial column "
                        + "value (LogMiner combines them): consumers of LOB columns must handle partial values or the application "
                        + "must avoid WRITEAPPEND.")
                .build();
    }

    private Decision rac(RuleContext ctx) {
        DecisionBuilder d = ctx.decision("oracle.rac", "RAC: one connector reads all redo threads")
                .statement("Run one connector against the SCAN address; it mines the redo threads of all "
                        + ctx.source().nodeCount() + " RAC nodes from the shared archive destination.")
                .because("Each RAC instance writes its own redo thread; " + (xstream(ctx) ? "the outbound server reads" : "LogMiner merges")
                        + " them by SCN, so one connector sees all transactions in commit order.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "rac.nodes", "<node1-vip>:1521,<node2-vip>:1521")
                .ref(Refs.DBZ_ORACLE);
        return d.build();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        boolean xstream = xstream(ctx);
        return new FailureKnowledge(
                (xstream ? "Offsets (the last LCR position and its SCN)" : "Offsets (commit SCN, and the oldest in-progress transaction's SCN)")
                        + " live in " + CaptureStores.offsets(ctx) + "; the DDL lives in " + CaptureStores.history(ctx) + ".",
                "With Data Guard the connector reconnects to the new primary via the service name; redo from the SCN on is in the shipped archive logs.",
                "0 if archive logs were shipped; otherwise the unshipped redo",
                xstream ? "Archive log the outbound server still needs deleted" : "Archive log containing the offset SCN deleted (ORA-01291 missing log file)",
                "Restart with snapshot.mode=when_needed, or start from the current SCN and run incremental snapshots of the affected tables.");
    }
}
