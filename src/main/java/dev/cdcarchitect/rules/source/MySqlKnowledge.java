package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.DATABASE;
import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;
import static dev.cdcarchitect.domain.SpecSection.LOG_AND_SNAPSHOT;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import dev.cdcarchitect.rules.sizing.SnapshotPlan;
import java.util.ArrayList;
import java.util.List;

/** MySQL, Aurora MySQL and MariaDB through the row-based binlog. */
public final class MySqlKnowledge implements SourceKnowledge {

    private final SourceEngine engine;
    private final String prefix;

    public MySqlKnowledge(SourceEngine engine) {
        this.engine = engine;
        this.prefix = engine == SourceEngine.MARIADB ? "mariadb" : "mysql";
    }

    @Override public SourceEngine engine() { return engine; }

    @Override public String connectorClass() {
        return engine == SourceEngine.MARIADB ? "io.debezium.connector.mariadb.MariaDbConnector" : "io.debezium.connector.mysql.MySqlConnector";
    }

    @Override public Reference reference() { return engine == SourceEngine.MARIADB ? Refs.DBZ_MARIADB : Refs.DBZ_MYSQL; }

    @Override public boolean singleTask() { return true; }

    @Override public boolean usesSchemaHistory() { return true; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 2; } // binlog_row_image=FULL

    @Override public double snapshotMegabytesPerSecond() { return 80; }

    @Override public String positionField() { return ""; }

    @Override public boolean emitsTruncates(SourceProfile source) { return true; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        return CaptureScope.of(ctx).withoutReplaced(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", "<primary/writer endpoint>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "3306"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", "debezium"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, prefix + ".properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.server.id", "184054"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.include.list", "shop"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.ssl.mode", fullVerification())));
    }

    /**
     * TLS with certificate and host name checks. The two connectors spell it differently: the MySQL connector takes
     * {@code verify_identity}, the MariaDB connector's {@code MariaDbSecureConnectionMode} takes only {@code disable},
     * {@code trust}, {@code verify-ca} and {@code verify-full} ("Value must be one of trust, disable, verify-ca,
     * verify-full" for {@code verify_identity}, 3.5.0 and 3.6.1 alike), although the shared options table of
     * https://debezium.io/documentation/reference/stable/connectors/mariadb.html#mariadb-property-database-ssl-mode lists
     * the MySQL values. The connector's own validation decides (MariaDbConfigValidationTest).
     */
    private String fullVerification() {
        return engine == SourceEngine.MARIADB ? "verify-full" : "verify_identity";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.always(prefix + ".server-settings", ENGINE, this::serverSettings));
        rules.add(Rule.always(prefix + ".privileges", ENGINE, this::privileges));
        rules.add(Rule.always(prefix + ".binlog-reading", LOG_AND_SNAPSHOT, this::binlogReading));
        rules.add(Rule.always(prefix + ".binlog-retention", LOG_AND_SNAPSHOT, this::binlogRetention));
        rules.add(Rule.always(prefix + ".snapshot-locking", LOG_AND_SNAPSHOT, this::snapshotLocking));
        if (engine == SourceEngine.MYSQL) {
            rules.add(Rule.when("mysql.json-partial-updates", LOG_AND_SNAPSHOT,
                    ctx -> ctx.source().has(DataTrait.JSON), this::jsonPartialUpdates));
        }
        return rules;
    }

    private Decision serverSettings(RuleContext ctx) {
        Hosting hosting = ctx.source().hosting();
        String where = hosting == Hosting.SELF_MANAGED ? "my.cnf"
                : hosting == Hosting.AWS_AURORA ? "DB cluster parameter group" : hosting.displayName() + " parameters";
        DecisionBuilder d = ctx.decision(prefix + ".server-settings", "Row-based binlog with full row images and GTIDs")
                .statement("Run the primary with binlog_format=ROW, binlog_row_image=FULL and GTIDs"
                        + (hosting == Hosting.AWS_AURORA ? "; on Aurora MySQL binary logging is off until binlog_format is set in the cluster parameter group (reboot needed)." : "."))
                .because("Debezium reads row events, so statement or mixed logging loses rows; FULL images give sinks whole rows "
                        + "for upserts. GTIDs let the connector resume on any server of the topology after a failover.")
                .set(DATABASE, where, "binlog_format", "ROW")
                .set(DATABASE, where, "binlog_row_image", "FULL")
                .ref(reference(), engine == SourceEngine.MARIADB ? Refs.MARIADB_BINLOG : Refs.MYSQL_BINLOG);
        statedBinlog(ctx, d);
        if (engine == SourceEngine.MARIADB) {
            d.set(DATABASE, where, "log_bin", "ON").set(DATABASE, where, "log_slave_updates", "ON")
                    .set(DATABASE, where, "binlog_annotate_row_events", "ON")
                    .because("MariaDB's GTIDs (domain-server-sequence) are always on and differ from MySQL's; use the dedicated "
                            + "MariaDB connector, which understands them. Row-based logging with full images is still required.");
        } else {
            d.set(DATABASE, where, "gtid_mode", "ON").set(DATABASE, where, "enforce_gtid_consistency", "ON").ref(Refs.MYSQL_GTID);
        }
        return d.build();
    }

    /** A binlog format or row image the user stated that Debezium cannot use. */
    private static void statedBinlog(RuleContext ctx, DecisionBuilder d) {
        String format = ctx.input().facts().binlogFormat();
        String image = ctx.input().facts().binlogRowImage();
        d.warnIf(format != null && !format.equalsIgnoreCase("ROW"), "The binlog format is " + format + " (as stated): the "
                + "connector needs row events and cannot read changes from statement-based entries. Set binlog_format=ROW (the "
                + "variable is dynamic, but sessions keep their format until they reconnect; restart writers or the server), then "
                + "start the connector.");
        d.warnIf(image != null && !image.equalsIgnoreCase("FULL"), "The binlog row image is " + image + " (as stated): update and "
                + "delete events would lack the unchanged columns, and whole-row sinks would write nulls over good data. Set "
                + "binlog_row_image=FULL.");
    }

    private Decision privileges(RuleContext ctx) {
        boolean tableLocks = noGlobalReadLock(ctx);
        return ctx.decision(prefix + ".privileges", "Least-privilege replication user")
                .statement("Connect as a dedicated user with SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE"
                        + (tableLocks ? ", REPLICATION CLIENT and LOCK TABLES (" + ctx.source().hosting().displayName()
                                + " allows no global read lock, so a blocking snapshot locks each table instead)" : " and REPLICATION CLIENT")
                        + ", and give every connector its own unique database.server.id.")
                .because("The connector registers as a replica; a server id shared with another replica or connector makes the "
                        + "server drop one of the two binlog streams.")
                .snippet("sql", "run once as an administrator",
                        "CREATE USER 'debezium'@'%' IDENTIFIED BY '<from your secret store>' REQUIRE SSL;\n"
                                + "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT"
                                + (tableLocks ? ", LOCK TABLES" : "") + " ON *.* TO 'debezium'@'%';\n"
                                + "CREATE TABLE " + signalDb(ctx) + ".debezium_signal (id VARCHAR(42) PRIMARY KEY, type VARCHAR(32) NOT NULL, data VARCHAR(2048));\n"
                                + "GRANT INSERT ON " + signalDb(ctx) + ".debezium_signal TO 'debezium'@'%';")
                .ref(reference())
                .build();
    }

    /** The signal table lives in the first named database (the placeholder shop otherwise). */
    private static String signalDb(RuleContext ctx) {
        return CaptureScope.of(ctx).namespace();
    }

    private Decision binlogReading(RuleContext ctx) {
        return ctx.decision(prefix + ".binlog-reading", "Binlog client and schema history")
                .statement("Read the binlog as a replica client and keep the DDL history in " + (ctx.noKafka()
                        ? CaptureStores.history(ctx) : "topic " + ctx.naming().schemaHistoryTopic() + " (one partition, infinite retention)")
                        + ", storing only the DDL of captured tables.")
                .because("Binlog row events carry no column names or types; the connector rebuilds each table's schema by replaying "
                        + "DDL from the history" + (ctx.noKafka() ? ". Losing it" : " topic. Losing or compacting that topic")
                        + " makes the connector unable to decode old events.")
                .setAll(CaptureStores.kafkaHistory(ctx))
                .set(SOURCE_CONNECTOR, ctx.connector(), "schema.history.internal.store.only.captured.tables.ddl", "true")
                .set(SOURCE_CONNECTOR, ctx.connector(), "include.schema.changes", "true")
                .ref(reference())
                .warn("Parsing overhead on the source is low (the server only streams its binlog), but FULL row images roughly "
                        + "double binlog volume for wide tables under updates; size binlog storage for it.")
                .build();
    }

    private Decision binlogRetention(RuleContext ctx) {
        long hours = 72; // three times the 24 h outage the sizing plans for
        DecisionBuilder d = ctx.decision(prefix + ".binlog-retention", "Binlog retention longer than any connector outage")
                .statement("Keep binlogs for at least " + hours + " h (" + dev.cdcarchitect.domain.Units.decimal(ctx.sizing().logRetentionGigabytes())
                        + " GB per 24 h at peak); alert when the connector lags more than a third of that.")
                .because("If the binlog file holding the connector's GTID position is purged while it is down, it cannot resume and "
                        + "must re-snapshot.")
                .ref(Refs.MYSQL_BINLOG);
        if (ctx.source().hosting() == Hosting.AWS_RDS || ctx.source().hosting() == Hosting.AWS_AURORA) {
            d.snippet("sql", "RDS/Aurora keep binlogs only as long as this setting says",
                    "CALL mysql.rds_set_configuration('binlog retention hours', " + hours + ");").ref(Refs.AWS_RDS_MYSQL_BINLOG);
        } else {
            d.set(DATABASE, "my.cnf", "binlog_expire_logs_seconds", hours * 3600);
        }
        boolean rds = ctx.source().hosting() == Hosting.AWS_RDS || ctx.source().hosting() == Hosting.AWS_AURORA;
        String shortfall = LogRetention.shortfall(ctx, "binlog", rds
                ? "Raise it with mysql.rds_set_configuration('binlog retention hours', " + hours + ")."
                : "Raise binlog_expire_logs_seconds to " + hours * 3600 + " (" + hours + " h).");
        return d.warnIf(shortfall != null, shortfall).build();
    }

    /**
     * Amazon RDS and Aurora permit no global read lock (FLUSH TABLES WITH READ LOCK): the connector locks each captured
     * table instead, which needs LOCK TABLES (Debezium MySQL docs, "Initial snapshots that use table-level locks").
     */
    static boolean noGlobalReadLock(RuleContext ctx) {
        return ctx.source().hosting() == Hosting.AWS_RDS || ctx.source().hosting() == Hosting.AWS_AURORA;
    }

    private Decision snapshotLocking(RuleContext ctx) {
        DecisionBuilder d = ctx.decision(prefix + ".snapshot-locking", "Snapshots without a global read lock")
                .set(SOURCE_CONNECTOR, ctx.connector(), "snapshot.locking.mode", "minimal")
                .ref(reference(), Refs.DBZ_SIGNALLING)
                .warn("snapshot.locking.mode=none is safe only if no DDL runs during the snapshot; otherwise the snapshot can be inconsistent.");
        if (!noGlobalReadLock(ctx)) {
            return d.statement("Use snapshot.locking.mode=minimal for the initial snapshot (the global read lock is held only while the "
                            + "schema is read) and incremental snapshots for anything after go-live.")
                    .because("A global read lock on a busy primary blocks every write for as long as it is held. Incremental snapshots "
                            + "take no locks and interleave chunks with the binlog stream.")
                    .build();
        }
        // The table locks cannot be released early: UNLOCK TABLES would commit the snapshot's transaction
        // (BinlogSnapshotChangeEventSource.releaseSchemaSnapshotLocks, Debezium 3.6.1).
        double hours = ctx.sizing().snapshotHours();
        boolean blocking = SnapshotPlan.approach(hours, SnapshotPlan.incrementalHours(ctx.source(), ctx.knowledge(), hours))
                == SnapshotPlan.Approach.INITIAL_BLOCKING;
        return d.statement(ctx.source().hosting().displayName() + " allows no global read lock, so a blocking snapshot takes "
                        + "table-level locks (the user needs LOCK TABLES) and keeps them until every captured table has been read; "
                        + "use incremental snapshots, which take no locks, for anything after go-live.")
                .because("Releasing the table locks early would commit the snapshot's transaction and break its consistency, so "
                        + "Debezium holds them for the whole data read. Incremental snapshots interleave chunks with the binlog stream.")
                .warn(blocking
                        ? "During the initial snapshot writes to the captured tables wait for about " + Units.hours(hours)
                                + " (the snapshot estimate): run it in a write freeze of that length, or start with snapshot.mode=no_data "
                                + "and backfill with incremental snapshots, which take no locks."
                        : "The initial load here is incremental (snapshot.mode=no_data) and takes no locks; only a blocking snapshot "
                                + "(a blocking signal, or snapshot.mode=when_needed after a lost binlog) locks the tables, and writes to "
                                + "the captured tables wait until it ends.")
                .build();
    }

    private Decision jsonPartialUpdates(RuleContext ctx) {
        return ctx.decision("mysql.json-partial-updates", "Full JSON documents in the binlog")
                .statement("Keep binlog_row_value_options empty (not PARTIAL_JSON), so a JSON update logs the whole document.")
                .because("With PARTIAL_JSON the binlog carries only a diff of the JSON value; a sink that writes whole rows would "
                        + "store a fragment instead of the document.")
                .set(DATABASE, "my.cnf", "binlog_row_value_options", "''")
                .ref(Refs.MYSQL_JSON_REPLICATION, Refs.DBZ_MYSQL)
                .build();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        return new FailureKnowledge(
                "Offsets (binlog file, position and executed GTID set) live in " + CaptureStores.offsets(ctx) + "; the DDL needed to decode "
                        + "them lives in " + CaptureStores.history(ctx) + ".",
                "With GTIDs the connector reconnects to the promoted server through the writer endpoint and resumes at its GTID set.",
                "0 with GTIDs; without GTIDs position mapping is manual",
                "Binlog containing the offset purged (\"The connector is trying to read binlog ... but this is no longer available\")",
                "Restart with snapshot.mode=when_needed (re-snapshot) or, to limit load, start from the current binlog (snapshot.mode=no_data) and run incremental snapshots of the affected tables.");
    }
}
