package dev.cdcarchitect.rules.source;

import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.rules.base.RuleContext;

/**
 * The source signal table the design adds beside the captured tables, for the engines whose setup SQL creates it here
 * (Oracle, SQL Server, Db2; PostgreSQL and MySQL create theirs in their own setup decisions). Three names for one table:
 * how signal.data.collection and a signal's data-collections name it (Debezium's fully qualified form: Oracle and SQL
 * Server '&lt;database&gt;.&lt;schema&gt;.&lt;table&gt;', Db2 '&lt;schema&gt;.&lt;table&gt;'; Oracle's connector refuses anything
 * else, OracleConnectorConfig.validateSignalDataCollection in 3.6.1), how SQL inside the database (or Oracle PDB, as Oracle SQL has no
 * database qualifier) names it, and the DDL.
 * Columns as the signalling docs require: id, type, data
 * (https://debezium.io/documentation/reference/stable/configuration/signalling.html#debezium-signaling-data-collection-structure).
 */
public final class SignalTable {

    private SignalTable() {}

    /** Schema-qualified, as SQL run inside the database (or the Oracle PDB) names it, INSERTs into Oracle's included. */
    public static String local(RuleContext ctx) {
        String namespace = CaptureScope.of(ctx).namespace();
        return namespace + (ctx.engine() == SourceEngine.SQLSERVER ? ".debezium_signal" : ".DEBEZIUM_SIGNAL");
    }

    /** The value of signal.data.collection. */
    public static String collection(RuleContext ctx) {
        return qualified(ctx, local(ctx));
    }

    /** A schema-qualified table as a signal's data-collections names it. */
    public static String qualified(RuleContext ctx, String schemaTable) {
        return switch (ctx.engine()) {
            // the catalog of Oracle's table ids: the PDB, or database.dbname without one (OracleConnectorConfig.getCatalogName)
            case ORACLE -> OracleKnowledge.catalog(ctx) + "." + schemaTable;
            case SQLSERVER -> CaptureScope.of(ctx).database("shop") + "." + schemaTable;
            default -> schemaTable;
        };
    }

    /** CREATE TABLE with the three columns and the sizes of Debezium's example; data is nullable (Db2 has no NULL clause). */
    static String createTable(RuleContext ctx) {
        String varchar = ctx.engine() == SourceEngine.ORACLE ? "VARCHAR2" : "VARCHAR";
        return "CREATE TABLE " + local(ctx) + " (id " + varchar + "(42) PRIMARY KEY, type " + varchar + "(32) NOT NULL, data "
                + varchar + "(2048)" + (ctx.engine() == SourceEngine.DB2 ? "" : " NULL") + ");";
    }

    /**
     * Oracle: created in the PDB, with ALL COLUMNS supplemental logging because LogMiner mines it like a captured table,
     * and INSERT for the connector's user, which writes the incremental snapshot's window markers into it.
     */
    static String oracle(RuleContext ctx, String grantee) {
        String table = local(ctx);
        boolean pdb = OracleKnowledge.pdb(ctx);
        return "-- the signal table (signal.data.collection=" + collection(ctx) + ")" + (pdb ? ", in the PDB" : "") + "\n"
                + (pdb ? "ALTER SESSION SET CONTAINER = " + OracleKnowledge.catalog(ctx) + ";\n" : "")
                + createTable(ctx) + "\n"
                + "ALTER TABLE " + table + " ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS;\n"
                + "GRANT INSERT ON " + table + " TO " + grantee + ";";
    }
}
