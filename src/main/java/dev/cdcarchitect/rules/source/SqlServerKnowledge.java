package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;
import static dev.cdcarchitect.domain.SpecSection.SCHEMA;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.List;

/** SQL Server through its CDC change tables, filled by the capture job. */
public final class SqlServerKnowledge implements SourceKnowledge {

    /** The snapshot reads in SNAPSHOT transactions: no locks on the tables, and the only mode a read-only replica allows. */
    private static final String SNAPSHOT_ISOLATION = "snapshot";

    @Override public SourceEngine engine() { return SourceEngine.SQLSERVER; }

    @Override public String connectorClass() { return "io.debezium.connector.sqlserver.SqlServerConnector"; }

    @Override public Reference reference() { return Refs.DBZ_SQLSERVER; }

    @Override public boolean singleTask() { return false; }

    @Override public boolean usesSchemaHistory() { return true; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 2; }

    @Override public double snapshotMegabytesPerSecond() { return 60; }

    @Override public String positionField() { return "change_lsn"; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        boolean alwaysOn = ctx.source().has(HaTrait.ALWAYS_ON);
        return CaptureStores.dropKafkaHistory(ctx, CaptureScope.of(ctx).withoutReplaced(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", alwaysOn ? "<availability group listener>" : "<server>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "1433"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", "debezium"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, "sqlserver.properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.names", "shop"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.encrypt", "true"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "table.include.list", "dbo\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.topic", ctx.naming().schemaHistoryTopic()),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.bootstrap.servers", "<bootstrap servers>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "snapshot.isolation.mode", SNAPSHOT_ISOLATION))));
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.always("sqlserver.enable-cdc", ENGINE, this::enableCdc),
                Rule.always("sqlserver.capture-job", LOG_AND_SNAPSHOT, this::captureJob),
                Rule.when("sqlserver.always-on", LOG_AND_SNAPSHOT, ctx -> ctx.source().has(HaTrait.ALWAYS_ON), this::alwaysOn),
                Rule.always("sqlserver.capture-instance-ddl", SCHEMA, this::captureInstanceDdl));
    }

    private Decision enableCdc(RuleContext ctx) {
        boolean rds = ctx.source().hosting() == Hosting.AWS_RDS;
        return ctx.decision("sqlserver.enable-cdc", "Enable CDC on the database and each captured table")
                .statement("Allow snapshot isolation in the database, enable CDC on it, then on each captured table and on the signal "
                        + "table " + SignalTable.collection(ctx) + " with a gating role; keep SQL Server Agent running, since its capture "
                        + "job fills the change tables Debezium reads.")
                .because("Debezium does not read the transaction log directly; it polls the CDC change tables, which the capture "
                        + "job fills from the log. Without Agent, nothing is captured and the log cannot be truncated. The signal "
                        + "table reaches the connector the same way, so it needs CDC too. snapshot.isolation.mode=snapshot opens "
                        + "SNAPSHOT transactions, which SQL Server refuses until the database's ALLOW_SNAPSHOT_ISOLATION option is ON.")
                .snippet("sql", "run as sysadmin / db_owner", enableCdcSql(ctx, rds))
                .ref(Refs.DBZ_SQLSERVER, Refs.SQLSERVER_CDC, Refs.SQLSERVER_SNAPSHOT_ISOLATION, Refs.DBZ_SIGNALLING)
                .build();
    }

    /** Enables CDC on the (first named) database and on each captured table; further databases repeat it. */
    private static String enableCdcSql(RuleContext ctx, boolean rds) {
        CaptureScope scope = CaptureScope.of(ctx);
        String db = scope.database("shop");
        StringBuilder sql = new StringBuilder();
        // snapshot.isolation.mode=snapshot: SQL Server starts no SNAPSHOT transaction until the option is ON
        for (String each : scope.databases().isEmpty() ? List.of(db) : scope.databases()) {
            sql.append("ALTER DATABASE ").append(each).append(" SET ALLOW_SNAPSHOT_ISOLATION ON;\n");
        }
        sql.append(rds ? "EXEC msdb.dbo.rds_cdc_enable_db '" + db + "';\nUSE " + db + ";\n" : "USE " + db + ";\nEXEC sys.sp_cdc_enable_db;\n");
        for (String table : scope.capturedOr("dbo.orders")) sql.append(enableTable(table));
        String signal = SignalTable.local(ctx);
        sql.append(SignalTable.createTable(ctx)).append('\n').append(enableTable(signal));
        sql.append("CREATE LOGIN debezium WITH PASSWORD = '<from your secret store>';\n")
                .append("CREATE USER debezium FOR LOGIN debezium; ALTER ROLE cdc_reader ADD MEMBER debezium;\n");
        for (String schema : scope.namespaces()) sql.append("GRANT SELECT ON SCHEMA::").append(schema).append(" TO debezium; ");
        // the connector writes the incremental snapshot's window markers into the signal table
        sql.append("GRANT INSERT ON ").append(signal).append(" TO debezium; GRANT VIEW DATABASE STATE TO debezium;");
        List<String> others = scope.databases().stream().skip(1).toList();
        if (!others.isEmpty()) {
            sql.append("\n-- repeat in ").append(String.join(", ", others)).append(": USE, sp_cdc_enable_db, sp_cdc_enable_table per captured ")
                    .append("table, CREATE USER and the grants (the login exists once per server)");
        }
        return sql.toString();
    }

    private static String enableTable(String table) {
        return "EXEC sys.sp_cdc_enable_table @source_schema = N'" + CaptureScope.schemaOf(table) + "', @source_name = N'"
                + CaptureScope.tableOf(table) + "',\n     @role_name = N'cdc_reader', @supports_net_changes = 0;\n";
    }

    private Decision captureJob(RuleContext ctx) {
        String shortfall = LogRetention.shortfall(ctx, "change-table data (cleanup job retention)",
                "Set the cleanup job's retention to at least @retention = 4320 minutes.");
        return ctx.decision("sqlserver.capture-job", "Capture and cleanup job settings")
                .statement("Keep change-table retention at 3 days (4320 minutes) or more and poll every 500 ms; tune the capture job's "
                        + "maxtrans/maxscans/pollinginterval so it keeps up with peak log generation.")
                .because("The cleanup job deletes change rows older than its retention whether or not Debezium read them; a connector "
                        + "down longer than that loses changes. The capture job's latency adds to end-to-end latency.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "poll.interval.ms", "500")
                .snippet("sql", "job settings",
                        "EXEC sys.sp_cdc_change_job @job_type = N'cleanup', @retention = 4320;\n"
                                + "EXEC sys.sp_cdc_change_job @job_type = N'capture', @maxtrans = 5000, @maxscans = 10, @pollinginterval = 1;")
                .ref(Refs.SQLSERVER_CDC_JOB, Refs.DBZ_SQLSERVER)
                .warn("CDC doubles write I/O on captured tables (the change tables are written in the same database): size the data "
                        + "files and log for it.")
                .warnIf(shortfall != null, shortfall)
                .build();
    }

    private Decision alwaysOn(RuleContext ctx) {
        return ctx.decision("sqlserver.always-on", "Read from a readable secondary")
                .statement("Point the connector at the availability group listener with applicationIntent=ReadOnly to read the change "
                        + "tables from a readable secondary; CDC itself must be enabled on the primary.")
                .because("Reading change tables from a secondary moves the connector's query load off the primary; the capture job "
                        + "still runs on the primary and its changes replicate.")
                .set(SOURCE_CONNECTOR, ctx.connector(), "database.applicationIntent", "ReadOnly")
                .ref(Refs.DBZ_SQLSERVER)
                .build();
    }

    private Decision captureInstanceDdl(RuleContext ctx) {
        return ctx.decision("sqlserver.capture-instance-ddl", "DDL needs a new capture instance")
                .statement("For every schema change on a captured table, create a second capture instance after the DDL, let the "
                        + "connector switch to it, then disable the old one (at most two per table).")
                .because("A capture instance keeps the column list it was created with; added columns are not captured until a new "
                        + "instance exists. This is a coordinated, manual step in every migration.")
                .snippet("sql", "after ALTER TABLE dbo.orders ADD ...",
                        "EXEC sys.sp_cdc_enable_table @source_schema = N'dbo', @source_name = N'orders',\n"
                                + "     @role_name = N'cdc_reader', @capture_instance = N'dbo_orders_v2';\n"
                                + "-- after the connector logs that it switched to dbo_orders_v2:\n"
                                + "EXEC sys.sp_cdc_disable_table @source_schema = N'dbo', @source_name = N'orders', @capture_instance = N'dbo_orders';")
                .ref(Refs.DBZ_SQLSERVER, Refs.SQLSERVER_CDC)
                .build();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        return new FailureKnowledge(
                "Offsets (commit LSN, change LSN, event serial number) live in " + CaptureStores.offsets(ctx) + "; change rows stay in the CDC tables until the cleanup job removes them.",
                "With Always On, CDC continues on the new primary (the capture job must be created there); the connector reconnects through the listener and resumes at its LSN.",
                "0 if the capture job runs on the new primary",
                "Change rows older than the cleanup retention deleted before the connector read them",
                "Restart with snapshot.mode=when_needed, or run incremental snapshots of the affected tables; raise cleanup retention.");
    }
}
