package dev.cdcarchitect.impact;

import static dev.cdcarchitect.impact.Finding.Severity.ABSORBED;
import static dev.cdcarchitect.impact.Finding.Severity.BREAKS;
import static dev.cdcarchitect.impact.Finding.Severity.NEEDS_A_STEP;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.impact.Finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** What the source connector does with a change, per engine, from each Debezium connector's documentation. */
final class SourceImpact {

    private final ImpactContext ctx;
    private final String component;
    private final List<Finding> findings = new ArrayList<>();

    private SourceImpact(ImpactContext ctx) {
        this.ctx = ctx;
        this.component = "source connector " + ctx.settings().sourceConnector();
    }

    static List<Finding> of(ImpactContext ctx) {
        SourceImpact s = new SourceImpact(ctx);
        switch (ctx.engine()) {
            case POSTGRESQL -> s.postgres();
            case MYSQL, MARIADB -> s.binlog();
            case ORACLE -> s.oracle();
            case SQLSERVER -> s.sqlServer();
            case DB2 -> s.db2();
            case MONGODB -> s.mongo();
            case CASSANDRA -> s.cassandra();
        }
        s.includeList();
        return List.copyOf(s.findings);
    }

    private void add(Severity severity, String statement, String fix, Reference... refs) {
        findings.add(new Finding(Finding.Stage.SOURCE, component, severity, statement, fix, List.of(refs)));
    }

    /** A step that must be taken before the DDL runs. */
    private void prerequisite(String statement, String fix, Reference... refs) {
        findings.add(new Finding(Finding.Stage.SOURCE, component, NEEDS_A_STEP, statement, fix, List.of(refs), true));
    }

    private void postgres() {
        ChangeKind k = ctx.kind();
        if (k.altersColumns() || k == ChangeKind.CHANGE_PRIMARY_KEY) {
            add(ABSORBED, "Logical decoding carries no DDL, so no event is written for the ALTER TABLE itself. pgoutput refreshes "
                    + "the connector's schema of " + ctx.qualifiedTable() + " when the next change to it arrives; events from then on "
                    + "carry the new structure.", "", Docs.PG_NO_DDL);
            if (k == ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT) defaultPropagation(Docs.PG_DEFAULTS,
                    "a default computed by a function (now(), gen_random_uuid()) is exported as the type's zero value instead");
            prerequisite("The connector does not support schema changes while an incremental snapshot of the table runs.",
                    "No incremental snapshot of " + ctx.qualifiedTable() + " may be running.", Docs.PG_NO_DDL);
        } else if (k == ChangeKind.ADD_TABLE) {
            String mode = ctx.settings().source("publication.autocreate.mode").orElse("all_tables");
            String publication = ctx.settings().source("publication.name").orElse("dbz_publication");
            switch (mode) {
                case "filtered" -> add(NEEDS_A_STEP, "publication.autocreate.mode=filtered: the connector sets the publication's tables "
                        + "to those matching its filters (ALTER PUBLICATION " + publication + " SET TABLE …).", "Restart the connector after "
                        + "the CREATE TABLE so it updates the publication (the documentation does not say it does so while running).",
                        Docs.PG_PUBLICATION);
                case "disabled" -> add(NEEDS_A_STEP, "publication.autocreate.mode=disabled: publication " + publication + " is the "
                        + "database administrator's; a publication FOR ALL TABLES includes the new table, one that lists tables does not.",
                        "Unless " + publication + " is FOR ALL TABLES: ALTER PUBLICATION " + publication + " ADD TABLE " + ctx.qualifiedTable() + ";",
                        Docs.PG_PUBLICATION, Docs.PG_CREATE_PUBLICATION);
                default -> add(ABSORBED, "publication.autocreate.mode=" + mode + ": the publication is FOR ALL TABLES, so the new table's "
                        + "changes are published from its first row.", "", Docs.PG_PUBLICATION);
            }
        } else if (k == ChangeKind.DROP_TABLE) {
            add(NEEDS_A_STEP, "Logical decoding carries no DDL: the DROP TABLE writes no event and no tombstones; the topic " + ctx.topic()
                    + " simply stops receiving events and keeps what it holds until retention removes it.",
                    "Tell the topic's consumers, then delete the topic and the registry subjects once they are done with it.", Docs.PG_NO_DDL);
        } else if (k == ChangeKind.ATTACH_PARTITION) {
            boolean viaRoot = ctx.settings().source("publish.via.partition.root").map(Boolean::parseBoolean).orElse(false);
            if (viaRoot) {
                add(ABSORBED, "publish.via.partition.root=true: rows of partition " + ctx.change().column() + " are published as rows of "
                        + ctx.qualifiedTable() + " and reach topic " + ctx.topic() + "; a partitioned table in a publication includes its "
                        + "future partitions.", "", Docs.PG_PARTITION_ROOT, Docs.PG_CREATE_PUBLICATION);
            } else {
                add(BREAKS, "publish.via.partition.root is not set (default false): the connector emits each partition's changes to a "
                        + "topic named after the partition, so rows of " + ctx.change().column() + " go to a new topic that no sink of this "
                        + "design reads as " + ctx.qualifiedTable() + ".", "Set publish.via.partition.root=true on the connector (it applies "
                        + "when Debezium creates the publication: publication.autocreate.mode all_tables or filtered), or route the "
                        + "partition topics to " + ctx.topic() + " before the sinks.", Docs.PG_PARTITION_ROOT);
            }
        }
    }

    private void binlog() {
        ChangeKind k = ctx.kind();
        Reference history = ctx.engine() == dev.cdcarchitect.domain.SourceEngine.MARIADB ? Docs.MARIADB_HISTORY : Docs.MYSQL_HISTORY;
        String historyTopic = ctx.settings().source("schema.history.internal.kafka.topic").orElse("the schema history topic");
        add(ABSORBED, "The binlog carries the DDL: the connector parses it, records it with its binlog position in " + historyTopic
                + " (one partition, never purged) and, with include.schema.changes (default true), emits it on the schema change topic; "
                + "row events after it carry the new structure.", "", history, Docs.MYSQL_CHANGE_TOPIC);
        if (k == ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT) defaultPropagation(Docs.SCHEMA_BUILDER,
                "a TIMESTAMP default of CURRENT_TIMESTAMP or NOW appears as 1970-01-01 00:00:00 (MySQL connector documentation)");
        if (k == ChangeKind.WIDEN_TYPE || k == ChangeKind.NARROW_TYPE || k == ChangeKind.CHANGE_PRECISION || k == ChangeKind.CHANGE_PRIMARY_KEY) {
            prerequisite("On a large table this ALTER is often run with gh-ost or pt-online-schema-change, which create helper tables "
                    + "that the connector sees as well.", "If an online schema change tool is used, keep its helper tables out of "
                    + "table.include.list and follow the connector's notes on these tools.", history);
        }
    }

    private void oracle() {
        ChangeKind k = ctx.kind();
        String strategy = ctx.settings().source("log.mining.strategy").orElse("online_catalog");
        add(ABSORBED, "The redo log carries the DDL: the connector records it in the schema history topic and emits a schema change "
                + "event whenever a captured table's structure changes.", "", Docs.ORACLE_HISTORY);
        if (k.altersColumns() || k == ChangeKind.CHANGE_PRIMARY_KEY) {
            if (strategy.equals("online_catalog")) {
                prerequisite("log.mining.strategy=online_catalog resolves tables from the current data dictionary and cannot track "
                        + "DDL.", "Wait until the connector has captured all changes made before the DDL, apply the DDL, then wait for the "
                        + "connector to capture it before new writes; or set log.mining.strategy=hybrid.", Docs.ORACLE_STRATEGY);
            } else {
                add(ABSORBED, "log.mining.strategy=" + strategy + " resolves table and column names across the DDL.", "", Docs.ORACLE_STRATEGY);
            }
        }
        if (k == ChangeKind.ADD_NOT_NULL_COLUMN_WITH_DEFAULT) defaultPropagation(Docs.ORACLE_DEFAULTS, "");
        if (k == ChangeKind.ADD_TABLE) {
            add(NEEDS_A_STEP, "The connector needs supplemental logging on every captured table to see the before state of changed rows.",
                    "ALTER TABLE " + ctx.qualifiedTable() + " ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS;", Docs.ORACLE_SUPPLEMENTAL);
        }
    }

    private void sqlServer() {
        ChangeKind k = ctx.kind();
        String schema = ctx.schemaName().contains(".") ? ctx.schemaName().substring(ctx.schemaName().lastIndexOf('.') + 1) : ctx.schemaName();
        String oldInstance = schema + "_" + ctx.tableName();
        String enable = "EXEC sys.sp_cdc_enable_table @source_schema = N'" + schema + "', @source_name = N'" + ctx.tableName()
                + "', @role_name = NULL, @supports_net_changes = 0, @capture_instance = N'" + oldInstance + "_v2';";
        // The Debezium example passes the capture instance as @source_name here; the procedure takes the table's name.
        String disable = "EXEC sys.sp_cdc_disable_table @source_schema = N'" + schema + "', @source_name = N'" + ctx.tableName()
                + "', @capture_instance = N'" + oldInstance + "';";
        if (k == ChangeKind.RENAME_COLUMN || k == ChangeKind.WIDEN_TYPE || k == ChangeKind.NARROW_TYPE || k == ChangeKind.CHANGE_PRECISION) {
            add(BREAKS, "SQL Server does not allow renaming a column or changing its type while the table is enabled for CDC.",
                    "Expand and contract instead (add the new column, copy, switch readers, drop the old one, each column change "
                    + "followed by a new capture instance), or stop writes, " + disable + " apply the change, then " + enable,
                    Docs.SQLSERVER_EVOLUTION);
        } else if (k.altersColumns() || k == ChangeKind.CHANGE_PRIMARY_KEY) {
            add(NEEDS_A_STEP, "The change table keeps the structure it was created with: the new structure is not captured until a new "
                    + "capture instance exists, and events written before it is ready lack the change. The connector switches to the new "
                    + "instance by itself.", "After the ALTER TABLE: " + enable + " Once the connector has moved to " + oldInstance
                    + "_v2: " + disable + " Finish this before the next change to the same table.", Docs.SQLSERVER_EVOLUTION, Docs.SQLSERVER_ONLINE);
        } else if (k == ChangeKind.ADD_TABLE) {
            add(NEEDS_A_STEP, "A new table is captured only once CDC is enabled for it.", "EXEC sys.sp_cdc_enable_table @source_schema = N'"
                    + schema + "', @source_name = N'" + ctx.tableName() + "', @role_name = NULL, @supports_net_changes = 0;", Docs.SQLSERVER_EVOLUTION);
        } else if (k == ChangeKind.DROP_TABLE) {
            add(NEEDS_A_STEP, "Disabling CDC for the table emits a schema change event; the topic stops receiving events.",
                    disable + " Then drop the table, tell the topic's consumers and delete the topic once they are done.", Docs.SQLSERVER_EVOLUTION);
        }
    }

    private void db2() {
        ChangeKind k = ctx.kind();
        String table = "'" + ctx.schemaName().toUpperCase(java.util.Locale.ROOT) + "', '" + ctx.tableName().toUpperCase(java.util.Locale.ROOT) + "'";
        String cycle = "mark the table INACTIVE in the ASN register table; VALUES ASNCDC.ASNCDCSERVICES('reinit','asncdc'); apply the change; "
                + "CALL ASNCDC.REMOVETABLE(" + table + "); CALL ASNCDC.ADDTABLE(" + table + "); mark it ACTIVE; "
                + "VALUES ASNCDC.ASNCDCSERVICES('reinit','asncdc'); restart the connector";
        if (k == ChangeKind.RENAME_COLUMN) {
            add(BREAKS, "With the online procedure the Db2 replication keeps the old column name: the new name never appears in "
                    + "events.", "Use the offline procedure: stop writes, " + cycle + ".", Docs.DB2_EVOLUTION);
        } else if (k.altersColumns() || k == ChangeKind.CHANGE_PRIMARY_KEY) {
            add(NEEDS_A_STEP, "Change-data tables are static: after changing " + ctx.qualifiedTable() + " its change-data table must be "
                    + "changed too, or events keep the old structure.", "Stop writes, " + cycle + ".", Docs.DB2_EVOLUTION);
        } else if (k == ChangeKind.ADD_TABLE) {
            add(NEEDS_A_STEP, "A new table is captured once it is in capture mode.", "CALL ASNCDC.ADDTABLE(" + table
                    + "); VALUES ASNCDC.ASNCDCSERVICES('reinit','asncdc');", Docs.DB2_EVOLUTION);
        } else if (k == ChangeKind.DROP_TABLE) {
            add(NEEDS_A_STEP, "Removing a table from capture mode emits a schema change event.", "CALL ASNCDC.REMOVETABLE(" + table
                    + "); VALUES ASNCDC.ASNCDCSERVICES('reinit','asncdc'); then drop the table and retire its topic.", Docs.DB2_EVOLUTION);
        }
    }

    private void mongo() {
        ChangeKind k = ctx.kind();
        add(ABSORBED, "MongoDB has no DDL: the change event's after field is a JSON document (schema io.debezium.data.Json), so new, "
                + "missing or renamed fields change no Kafka schema.", "", Docs.MONGO_VALUE);
        if (k == ChangeKind.WIDEN_TYPE || k == ChangeKind.NARROW_TYPE || k == ChangeKind.CHANGE_PRECISION) {
            add(BREAKS, "Where documents are flattened for schema-based sinks (ExtractNewDocumentState), fields with the same name must "
                    + "store the same type in every document of a collection.", "Write the new type under a new field name and retire "
                    + "the old field once every document is rewritten.", Docs.MONGO_FLATTENING);
        }
        if (k == ChangeKind.DROP_COLUMN || k == ChangeKind.RENAME_COLUMN) {
            add(NEEDS_A_STEP, "After an update removes fields, the flattened event cannot name the missing field.", "Sinks keep the "
                    + "old field; remove it there by hand once no document has it.", Docs.MONGO_FLATTENING);
        }
    }

    private void cassandra() {
        ChangeKind k = ctx.kind();
        prerequisite("Commit logs carry no schema changes; a schema listener detects them within about a second, best effort.",
                "Pause writes to " + ctx.qualifiedTable() + " while the schema changes, as the connector's documentation recommends.",
                Docs.CASSANDRA_EVOLUTION);
        if (k == ChangeKind.DROP_COLUMN) {
            findings.add(new Finding(Finding.Stage.SOURCE, component, BREAKS, "Changes that involve the column and were written before it was removed cannot be deserialized and are skipped.",
                    "Let the connector catch up completely before dropping the column.", List.of(Docs.CASSANDRA_EVOLUTION), true));
        }
    }

    private void defaultPropagation(Reference ref, String caveat) {
        Object avroDefault = EventSchemas.defaultOf(ctx.change().to(), ctx.change().defaultValue());
        String carried = avroDefault != null
                ? "The column's default " + ctx.change().defaultValue() + " is propagated into the Kafka Connect schema as the field's default."
                : "The default " + ctx.change().defaultValue() + " is not a literal of type " + ctx.change().to()
                        + ", so no usable default reaches the schema" + (caveat.isEmpty() ? "." : " (" + caveat + ").");
        add(avroDefault != null ? ABSORBED : NEEDS_A_STEP, carried, avroDefault != null ? "" : "Give the column a literal default, or "
                + "add it as nullable and fill it in a second step.", ref, Docs.CONFLUENT_AVRO_DATA);
    }

    /** A new table the connector's filter does not match is never captured. */
    private void includeList() {
        if (ctx.kind() != ChangeKind.ADD_TABLE) return;
        String key = ctx.engine() == dev.cdcarchitect.domain.SourceEngine.MONGODB ? "collection.include.list" : "table.include.list";
        ctx.settings().source(key).ifPresent(filter -> {
            boolean matches = ctx.qualifiedTable().matches(filter);
            add(matches ? ABSORBED : NEEDS_A_STEP, key + "=" + filter + (matches ? " matches " : " does not match ") + ctx.qualifiedTable() + ".",
                    matches ? "" : "Add " + ctx.qualifiedTable() + " to " + key + " (and capture its existing rows with an incremental "
                            + "snapshot signal).", Docs.includeList(ctx.engine()));
        });
    }
}
