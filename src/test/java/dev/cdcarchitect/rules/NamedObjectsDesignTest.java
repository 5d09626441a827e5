package dev.cdcarchitect.rules;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.ObjectRole.CAPTURED;
import static dev.cdcarchitect.domain.ObjectRole.EXCLUDED;
import static dev.cdcarchitect.domain.ObjectRole.KEYLESS;
import static dev.cdcarchitect.domain.ObjectRole.LARGE_VALUES;
import static dev.cdcarchitect.domain.ObjectRole.MASKED;
import static dev.cdcarchitect.domain.ObjectRole.PARTITIONED;
import static dev.cdcarchitect.domain.ObjectRole.REKEYED;
import static dev.cdcarchitect.domain.ObjectRole.SENSITIVE;
import static dev.cdcarchitect.rules.FactsFixture.allText;
import static dev.cdcarchitect.rules.FactsFixture.decision;
import static dev.cdcarchitect.rules.FactsFixture.facts;
import static dev.cdcarchitect.rules.FactsFixture.settings;
import static dev.cdcarchitect.rules.FactsFixture.sink;
import static dev.cdcarchitect.rules.FactsFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.Refs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the user named (databases, tables, columns and their roles, log facts) drives the connector settings of
 * every engine. Each expected value below was checked against the Debezium 3.x connector reference.
 */
class NamedObjectsDesignTest {

    private static String mentions(Decision d, String... words) {
        String all = text(d);
        for (String w : words) assertTrue(all.contains(w), () -> d.id() + " does not mention \"" + w + "\":\n" + all);
        return all;
    }

    private static Decision required(DesignSpec spec, String id) {
        return decision(spec, id).orElseThrow(() -> new AssertionError("no decision " + id));
    }

    private static boolean cites(Decision d, Reference ref) {
        return d.references().contains(ref);
    }

    // ---------------------------------------------------------------- PostgreSQL

    @Test
    void postgresCapturesTheNamedDatabaseAndTablesAndKeepsTheSensitiveColumnAtTheSource() {
        DesignSpec spec = facts().database("sales")
                .table("orders", CAPTURED).table("order_items", CAPTURED).table("payments", CAPTURED).table("customers", CAPTURED)
                .column("customers.ssn", SENSITIVE).truncates()
                .spec("PostgreSQL 15, 2 TB, 3k TPS", "Kafka to a PostgreSQL replica and Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales", src.get("database.dbname"));
        assertEquals("public\\.orders,public\\.order_items,public\\.payments,public\\.customers", src.get("table.include.list"));
        assertNull(src.get("table.exclude.list"), "include and exclude lists are mutually exclusive");
        assertEquals("public\\.customers\\.ssn", src.get("column.exclude.list"));
        assertTrue(src.keySet().stream().noneMatch(k -> k.startsWith("column.mask.hash")), "no made-up example columns: " + src.keySet());
        assertEquals("none", src.get("skipped.operations"), "the connector default t skips truncates");
        assertEquals("true", sink(spec, "JdbcSinkConnector").get("truncate.enabled"));

        Decision scope = required(spec, "source.capture-scope");
        mentions(scope, "public.orders", "public", "anchored");
        assertTrue(cites(scope, Refs.DBZ_POSTGRES));
        mentions(required(spec, "compliance.personal-data"), "public.customers.ssn", "column.mask.with");
        Decision truncates = required(spec, "source.truncates");
        mentions(truncates, "skipped.operations", "Snowflake", "ExtractNewRecordState", "truncate.enabled");
        assertTrue(cites(truncates, Refs.DBZ_JDBC_SINK));
        mentions(required(spec, "pg.privileges"), "FOR TABLE public.orders, public.order_items, public.payments, public.customers;");
        assertFalse(allText(spec).contains("order_lines"), "the example tables are gone once tables are named");
    }

    @Test
    void postgresHandlesEachNamedKeylessPartitionedRekeyedAndLargeTable() {
        DesignSpec spec = facts()
                .table("audit_log", KEYLESS).table("events_raw", KEYLESS).table("measurements", PARTITIONED)
                .table("skus", REKEYED).column("documents.body", LARGE_VALUES)
                .spec("PostgreSQL 14, 500 GB, 2k TPS", "Kafka to Elasticsearch and a MySQL replica");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("public\\.audit_log:<audit_log key columns>;public\\.events_raw:<events_raw key columns>",
                src.get("message.key.columns"));
        String identity = mentions(required(spec, "pg.replica-identity"), "ALTER TABLE public.audit_log REPLICA IDENTITY",
                "ALTER TABLE public.events_raw REPLICA IDENTITY");
        assertFalse(identity.contains("legacy_notes"), "no made-up table names when names were given");
        assertEquals("public\\..*", src.get("table.include.list"), "nothing was named for capture: the placeholder stays");

        mentions(required(spec, "pg.partitioned-tables"), "publish_via_partition_root = true", "public.measurements", "partitions");
        mentions(required(spec, "source.primary-key-updates"), "public.skus", "__debezium.oldkey", "tombstone", "Elasticsearch");
        mentions(required(spec, "pg.toast"), "public.documents.body", "__debezium_unavailable_value");
        assertEquals("public.documents:body", src.get("reselector.reselect.columns.include.list"));
    }

    @Test
    void postgresNeedsOneConnectorPerNamedDatabaseAndReusesTheExistingSlotAndPublication() {
        DesignSpec spec = facts().database("sales").database("billing").database("crm").existing("cdc_slot", "cdc_pub")
                .logRetentionHours(24)
                .spec("PostgreSQL 16, 1 TB, 1k TPS", "Kafka to Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales", src.get("database.dbname"));
        assertEquals("cdc_slot", src.get("slot.name"));
        assertEquals("cdc_pub", src.get("publication.name"));
        mentions(required(spec, "source.capture-scope"), "billing", "crm", "one connector");
        String privileges = mentions(required(spec, "pg.privileges"), "ALTER PUBLICATION cdc_pub ADD TABLE");
        assertFalse(privileges.contains("CREATE PUBLICATION"), "the publication exists already");
        mentions(required(spec, "pg.wal-retention"), "24 h", "max_slot_wal_keep_size");
    }

    @Test
    void postgresQualifiesWithTheNamedSchemaAndKeepsTheSignalTableThere() {
        DesignSpec spec = facts().schema("sales").table("orders", CAPTURED)
                .spec("PostgreSQL 16, 1 TB, 1k TPS", "Kafka to Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales\\.orders", src.get("table.include.list"));
        assertEquals("sales.debezium_signal", src.get("signal.data.collection"));
        mentions(required(spec, "pg.privileges"), "GRANT USAGE ON SCHEMA sales TO debezium;", "CREATE TABLE sales.debezium_signal",
                "FOR TABLE sales.orders;");
        assertFalse(text(required(spec, "source.capture-scope")).contains("No schema was named"));

        Map<String, String> schemasOnly = settings(facts().schema("sales").schema("billing")
                .spec("PostgreSQL 16, 1 TB, 1k TPS", "Kafka to Snowflake"), SOURCE_CONNECTOR);
        assertEquals("sales,billing", schemasOnly.get("schema.include.list"));
        assertNull(schemasOnly.get("table.include.list"), "the placeholder public\\..* would exclude both schemas");
    }

    @Test
    void aColumnWhosePresenceIsNeededIsMaskedNotDropped() {
        DesignSpec spec = facts().table("customers", CAPTURED).column("customers.email", SENSITIVE, MASKED)
                .column("customers.ssn", SENSITIVE)
                .spec("PostgreSQL 16, 1 TB, 1k TPS", "Kafka to a PostgreSQL replica");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("public\\.customers\\.email", src.get("column.mask.with.10.chars"));
        assertEquals("public\\.customers\\.ssn", src.get("column.exclude.list"), "only the column that need not exist is dropped");
        mentions(required(spec, "compliance.personal-data"), "public.customers.email keeps its column", "asterisks", "character columns");

        Map<String, String> mongo = settings(facts().database("crm").column("users.email", SENSITIVE, MASKED)
                .spec("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Elasticsearch"), SOURCE_CONNECTOR);
        assertEquals("crm.users.email", mongo.get("field.exclude.list"), "MongoDB cannot mask: the field is dropped");
    }

    // ---------------------------------------------------------------- MySQL / MariaDB

    @Test
    void mysqlUsesTheNamedDatabaseTablesColumnsAndWarnsAboutTheStatedBinlog() {
        DesignSpec spec = facts().database("sales")
                .table("orders", CAPTURED).table("customers", CAPTURED).table("audit_log", CAPTURED, KEYLESS)
                .column("customers.ssn", SENSITIVE).truncates().logRetentionHours(24).binlog("MIXED", "MINIMAL")
                .spec("MySQL 8.0, 1 TB, 2k TPS", "Kafka to BigQuery");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales", src.get("database.include.list"));
        assertEquals("sales\\.orders,sales\\.customers,sales\\.audit_log", src.get("table.include.list"));
        assertEquals("sales\\.customers\\.ssn", src.get("column.exclude.list"));
        assertEquals("none", src.get("skipped.operations"));
        assertEquals("sales\\.audit_log:<audit_log key columns>", src.get("message.key.columns"));
        assertEquals("sales.debezium_signal", src.get("signal.data.collection"), "the signal table lives in the named database");

        mentions(required(spec, "mysql.binlog-retention"), "24 h", "binlog_expire_logs_seconds", "259200");
        mentions(required(spec, "mysql.server-settings"), "MIXED", "binlog_format=ROW", "MINIMAL", "binlog_row_image=FULL");
        mentions(required(spec, "source.keyless-tables"), "sales.audit_log", "message.key.columns");
        mentions(required(spec, "source.truncates"), "BigQuery");
        mentions(required(spec, "mysql.privileges"), "sales.debezium_signal");
    }

    @Test
    void mysqlExcludesNamedTablesWhenNothingIsNamedForCapture() {
        DesignSpec spec = facts().database("sales").table("audit_log", EXCLUDED).table("events_raw", EXCLUDED)
                .spec("MySQL 8.0, 1 TB, 2k TPS", "Kafka to BigQuery");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales\\.audit_log,sales\\.events_raw", src.get("table.exclude.list"));
        assertNull(src.get("table.include.list"));
        assertEquals("sales", src.get("database.include.list"));
    }

    @Test
    void mariadbUsesTheNamedDatabasesAndPropagatesTruncates() {
        DesignSpec spec = facts().database("crm").database("billing").truncates()
                .spec("MariaDB 10.11, 200 GB, 500 TPS", "Kafka to ClickHouse");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("crm,billing", src.get("database.include.list"));
        assertEquals("none", src.get("skipped.operations"));
        mentions(required(spec, "source.truncates"), "ClickHouse");
        assertTrue(cites(required(spec, "source.capture-scope"), Refs.DBZ_MARIADB));
    }

    // ---------------------------------------------------------------- SQL Server

    @Test
    void sqlServerCapturesTheNamedDatabasesAndTablesAndSaysTruncatesCannotFlow() {
        DesignSpec spec = facts().database("sales").database("billing").table("orders", CAPTURED)
                .column("customers.ssn", SENSITIVE).truncates().logRetentionHours(24)
                .spec("SQL Server 2019, 2 TB, 2k TPS", "Kafka to a PostgreSQL replica");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("sales,billing", src.get("database.names"));
        assertEquals("dbo\\.orders", src.get("table.include.list"));
        assertEquals("dbo\\.customers\\.ssn", src.get("column.exclude.list"));
        assertNull(src.get("skipped.operations"), "the SQL Server connector emits no truncate events");
        assertNull(sink(spec, "JdbcSinkConnector").get("truncate.enabled"), "nothing to apply");

        mentions(required(spec, "source.truncates"), "DELETE", "4711");
        mentions(required(spec, "sqlserver.enable-cdc"), "USE sales", "@source_name = N'orders'", "billing");
        mentions(required(spec, "sqlserver.capture-job"), "24 h", "@retention = 4320");
    }

    // ---------------------------------------------------------------- Oracle

    @Test
    void oracleListsTheNamedTablesLiterallyForTheInFilterAndExcludesTheColumn() {
        DesignSpec spec = facts().schema("inventory")
                .table("orders", CAPTURED).table("customers", CAPTURED).table("audit_log", CAPTURED, KEYLESS)
                .column("customers.ssn", SENSITIVE).truncates().logRetentionHours(24)
                .spec("Oracle 19c, 3 TB, 2k TPS", "Kafka to Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("INVENTORY.ORDERS,INVENTORY.CUSTOMERS,INVENTORY.AUDIT_LOG", src.get("table.include.list"),
                "log.mining.query.filter.mode=in builds an IN clause from the list: literals, no regular expressions");
        assertEquals("in", src.get("log.mining.query.filter.mode"));
        assertEquals("INVENTORY\\.CUSTOMERS\\.SSN", src.get("column.exclude.list"));
        assertEquals("none", src.get("skipped.operations"));
        assertEquals("INVENTORY\\.AUDIT_LOG:<audit_log key columns>", src.get("message.key.columns"));

        mentions(required(spec, "oracle.redo-settings"), "ALTER TABLE INVENTORY.ORDERS ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS");
        mentions(required(spec, "oracle.archive-retention"), "24 h");
    }

    /**
     * Amazon RDS for Oracle is designed as a non-CDB (its CDB's root is out of reach): the named database is the one the
     * connector logs in to, database.dbname, and database.pdb.name must not be set for a non-CDB
     * (https://debezium.io/documentation/reference/stable/connectors/oracle.html#pluggable-vs-non-pluggable-databases).
     */
    @Test
    void oracleOnRdsNamesTheDatabaseInDbnameAndSetsNoPdb() {
        DesignSpec spec = facts().database("sales").table("orders", CAPTURED).spec("Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS", "Kafka to Snowflake");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("SALES", src.get("database.dbname"), src.toString());
        assertNull(src.get("database.pdb.name"), src.toString());
    }

    // ---------------------------------------------------------------- MongoDB

    @Test
    void mongoIncludesTheNamedCollectionsAndExcludesTheNamedField() {
        DesignSpec spec = facts().database("catalog").table("products", CAPTURED).table("reviews", CAPTURED)
                .column("users.password_hash", SENSITIVE).truncates().logRetentionHours(24)
                .spec("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Elasticsearch");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("catalog\\.products,catalog\\.reviews", src.get("collection.include.list"));
        assertEquals("catalog.users.password_hash", src.get("field.exclude.list"), "field.exclude.list takes names, not regexes");
        assertNull(src.get("column.exclude.list"));
        assertNull(src.get("skipped.operations"));

        mentions(required(spec, "source.truncates"), "MongoDB", "deleteMany");
        mentions(required(spec, "mongodb.oplog-window"), "24 h");
        mentions(required(spec, "mongodb.change-streams"), "collMod: 'products'", "collMod: 'reviews'");
    }

    @Test
    void mongoIncludesNamedDatabasesWhenNoCollectionIsNamed() {
        Map<String, String> src = settings(facts().database("catalog").database("orders")
                .spec("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Elasticsearch"), SOURCE_CONNECTOR);
        assertEquals("catalog,orders", src.get("database.include.list"));
        assertNull(src.get("collection.include.list"), "the placeholder shop\\..* would hide the named databases");
    }

    // ---------------------------------------------------------------- Db2 and Cassandra

    @Test
    void db2UsesTheNamedDatabaseAndTables() {
        DesignSpec spec = facts().database("SHOPDB").table("orders", CAPTURED).truncates()
                .spec("Db2 11.5, 1 TB, 500 TPS", "Kafka to a PostgreSQL replica");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("SHOPDB", src.get("database.dbname"));
        assertEquals("DB2INST1\\.ORDERS", src.get("table.include.list"));
        assertNull(sink(spec, "JdbcSinkConnector").get("truncate.enabled"));
        mentions(required(spec, "source.truncates"), "Db2");
        mentions(required(spec, "db2.asn-capture"), "ASNCDC.ADDTABLE('DB2INST1', 'ORDERS')");
    }

    @Test
    void cassandraEnablesCdcOnTheNamedTablesAndEmitsTruncates() {
        DesignSpec spec = facts().database("inventory").table("orders", CAPTURED).table("customers", CAPTURED).truncates()
                .spec("Apache Cassandra 4.1, 6 nodes, 5 TB, 10k writes/s", "Kafka to Elasticsearch");
        Map<String, String> src = settings(spec, SOURCE_CONNECTOR);

        assertEquals("none", src.get("skipped.operations"));
        mentions(required(spec, "cassandra.per-node-agent"), "ALTER TABLE inventory.orders WITH cdc = true;",
                "ALTER TABLE inventory.customers WITH cdc = true;");
    }
}
