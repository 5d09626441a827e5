package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import java.util.List;

/**
 * Oracle through XStream, chosen only when the user owns a GoldenGate licence: the database setup, the outbound server
 * and the client files the connector needs. Names follow the Debezium 3.x Oracle connector documentation
 * (xstream.out.server.name; database.out.server.name is its deprecated predecessor).
 */
final class OracleXStream {

    static final String OUTBOUND_SERVER = "dbzxout";
    static final String ADMIN = "c##dbzadmin";
    static final String USER = "c##dbzuser";
    private static final String PDB = "ORCLPDB1";

    private OracleXStream() {}

    static List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        return List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", "<SCAN listener or primary host>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "1521"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", USER),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, "oracle.properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.dbname", "ORCLCDB"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.pdb.name", PDB),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.connection.adapter", "xstream"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "xstream.out.server.name", OUTBOUND_SERVER),
                new ConfigEntry(SOURCE_CONNECTOR, c, "table.include.list", "APP\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.topic", ctx.naming().schemaHistoryTopic()),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.bootstrap.servers", "<bootstrap servers>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.store.only.captured.tables.ddl", "true"));
    }

    static Decision redoSettings(RuleContext ctx) {
        return ctx.decision("oracle.redo-settings", "ARCHIVELOG mode, supplemental logging and XStream users")
                .statement("Run in ARCHIVELOG mode with enable_goldengate_replication=true and ALL COLUMNS supplemental logging on "
                        + "each captured table; create an XStream administrator (" + ADMIN + ", granted CAPTURE through "
                        + "DBMS_XSTREAM_AUTH) and the connector's common user " + USER + ".")
                .because("XStream capture reads the same redo as LogMiner: without supplemental logging an UPDATE's redo lacks the "
                        + "unchanged columns and the key, so events could not be keyed or applied as whole rows. The administrator "
                        + "owns the outbound server; the connector's user only connects to it and reads the catalog.")
                .snippet("sql", "as SYSDBA (tablespaces xstream_adm_tbs and xstream_tbs exist in the CDB and the PDB)",
                        "ALTER SYSTEM SET enable_goldengate_replication=TRUE;\n"
                                + "SHUTDOWN IMMEDIATE; STARTUP MOUNT; ALTER DATABASE ARCHIVELOG; ALTER DATABASE OPEN;\n"
                                + "ALTER TABLE APP.ORDERS ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS; -- every captured table\n"
                                + "CREATE USER " + ADMIN + " IDENTIFIED BY <password> DEFAULT TABLESPACE xstream_adm_tbs\n"
                                + "  QUOTA UNLIMITED ON xstream_adm_tbs CONTAINER=ALL;\n"
                                + "GRANT CREATE SESSION, SET CONTAINER TO " + ADMIN + " CONTAINER=ALL;\n"
                                + "BEGIN\n"
                                + "  DBMS_XSTREAM_AUTH.GRANT_ADMIN_PRIVILEGE(grantee => '" + ADMIN + "', privilege_type => 'CAPTURE',\n"
                                + "    grant_select_privileges => TRUE, container => 'ALL');\n"
                                + "END;\n/\n"
                                + "CREATE USER " + USER + " IDENTIFIED BY <password> DEFAULT TABLESPACE xstream_tbs\n"
                                + "  QUOTA UNLIMITED ON xstream_tbs CONTAINER=ALL;\n"
                                + "GRANT CREATE SESSION, SET CONTAINER, SELECT ON V_$DATABASE, FLASHBACK ANY TABLE, LOCK ANY TABLE,\n"
                                + "      SELECT_CATALOG_ROLE, EXECUTE_CATALOG_ROLE TO " + USER + " CONTAINER=ALL;\n"
                                + SignalTable.oracle(ctx, USER))
                .ref(Refs.DBZ_ORACLE_XSTREAM, Refs.ORACLE_XSTREAM_OUT, Refs.ORACLE_ARCHIVELOG, Refs.DBZ_SIGNALLING)
                .warn("ALL COLUMNS supplemental logging increases redo volume for wide tables; enable it per captured table, not database-wide.")
                .warnIf(ctx.source().hosting() == Hosting.AWS_RDS, "Amazon RDS for Oracle gives no SYSDBA session: confirm the XStream "
                        + "setup above can be done through the master user before relying on it, or stay with LogMiner.")
                .build();
    }

    static Decision adapter(RuleContext ctx) {
        String classpath = ctx.debeziumServer() ? "the lib directory of Debezium Server" : "<kafka_home>/libs on every Connect worker";
        return ctx.decision("oracle.xstream", "XStream adapter with outbound server " + OUTBOUND_SERVER)
                .statement("Use the XStream adapter (database.connection.adapter=xstream) with the XStream outbound server "
                        + OUTBOUND_SERVER + " (xstream.out.server.name), created by " + ADMIN + " for the captured schema and connected "
                        + "as " + USER + ". Put ojdbc11.jar and xstreams.jar from the Oracle Instant Client in " + classpath
                        + ", and set LD_LIBRARY_PATH to the Instant Client directory.")
                .because("You own a GoldenGate licence, the one prerequisite of XStream (GoldenGate itself need not be installed), "
                        + "so the connector can take committed changes from an outbound server instead of running LogMiner sessions "
                        + "and their log.mining.* tuning. Licensing keeps the two jars out of Debezium's archives; the Instant "
                        + "Client is a free download.")
                .snippet("sql", "as " + ADMIN + ": the outbound server for schema APP of " + PDB,
                        "DECLARE\n"
                                + "  tables  DBMS_UTILITY.UNCL_ARRAY;\n"
                                + "  schemas DBMS_UTILITY.UNCL_ARRAY;\n"
                                + "BEGIN\n"
                                + "  tables(1)  := NULL;\n"
                                + "  schemas(1) := 'APP';\n"
                                + "  DBMS_XSTREAM_ADM.CREATE_OUTBOUND(\n"
                                + "    server_name     =>  '" + OUTBOUND_SERVER + "',\n"
                                + "    table_names     =>  tables,\n"
                                + "    schema_names    =>  schemas,\n"
                                + "    source_container_name => '" + PDB + "');\n"
                                + "END;\n/\n"
                                + "-- as SYSDBA: let the connector's user connect to it\n"
                                + "BEGIN\n"
                                + "  DBMS_XSTREAM_ADM.ALTER_OUTBOUND(server_name => '" + OUTBOUND_SERVER + "', connect_user => '" + USER + "');\n"
                                + "END;\n/")
                .ref(Refs.DBZ_ORACLE_XSTREAM, Refs.ORACLE_XSTREAM_OUT, Refs.ORACLE_INSTANT_CLIENT)
                .warn("An outbound server serves exactly one connector: a connector split out for a table group needs its own.")
                .build();
    }
}
