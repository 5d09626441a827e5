package dev.cdcarchitect.rules.source;

import java.util.List;

/**
 * The connector's LogMiner user with every grant the Debezium Oracle connector documents
 * (https://debezium.io/documentation/reference/stable/connectors/oracle.html#creating-users-for-the-connector): its flush
 * table needs CREATE TABLE and a quota on its default tablespace, the snapshot LOCK ANY TABLE, and the LogMiner session
 * SELECT on the V_$ views ("without these grants, the connector cannot operate"). An Oracle GRANT names either system
 * privileges and roles or one object, so each view and package gets its own statement.
 */
final class OracleLogMinerUser {

    /** Self-managed CDB: a common user, created in CDB$ROOT, as in Debezium's example. */
    static final String COMMON_USER = "c##dbzuser";

    /**
     * Amazon RDS for Oracle: a local user. RDS gives no access to the CDB root (you always connect to the PDB), and a
     * common user can only be created there, so the master user creates an ordinary user
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.single-tenant.html).
     */
    static final String RDS_USER = "dbzuser";

    private static final List<String> PACKAGES = List.of("DBMS_LOGMNR", "DBMS_LOGMNR_D");

    private static final List<String> VIEWS = List.of("V_$DATABASE", "V_$LOG", "V_$LOG_HISTORY", "V_$LOGMNR_LOGS", "V_$LOGMNR_CONTENTS",
            "V_$LOGMNR_PARAMETERS", "V_$LOGFILE", "V_$ARCHIVED_LOG", "V_$ARCHIVE_DEST_STATUS", "V_$TRANSACTION", "V_$MYSTAT", "V_$STATNAME");

    /** Debezium's system privileges and roles except SET CONTAINER, which it needs only where the database is a CDB. */
    private static final String PRIVILEGES = "FLASHBACK ANY TABLE, SELECT ANY TABLE, SELECT_CATALOG_ROLE, EXECUTE_CATALOG_ROLE,\n"
            + "      SELECT ANY TRANSACTION, LOGMINING, CREATE TABLE, LOCK ANY TABLE, CREATE SEQUENCE";

    private OracleLogMinerUser() {}

    /** As SYSDBA in CDB$ROOT: the common user, every grant CONTAINER=ALL. */
    static String selfManaged() {
        StringBuilder sql = new StringBuilder("-- in CDB$ROOT and the PDB: a tablespace for the connector's flush table (CREATE TABLESPACE logminer_tbs ...)\n"
                + "CREATE USER " + COMMON_USER + " IDENTIFIED BY \"<from your secret store>\" DEFAULT TABLESPACE logminer_tbs\n"
                + "  QUOTA UNLIMITED ON logminer_tbs CONTAINER=ALL;\n"
                + "GRANT CREATE SESSION, SET CONTAINER, " + PRIVILEGES + " TO " + COMMON_USER + " CONTAINER=ALL;\n");
        for (String pkg : PACKAGES) sql.append("GRANT EXECUTE ON ").append(pkg).append(" TO ").append(COMMON_USER).append(" CONTAINER=ALL;\n");
        for (String view : VIEWS) sql.append("GRANT SELECT ON ").append(view).append(" TO ").append(COMMON_USER).append(" CONTAINER=ALL;\n");
        return sql.toString().stripTrailing();
    }

    /**
     * As the RDS master user, which has DBA privileges and creates the other accounts; there is no SYSDBA, so SELECT and
     * EXECUTE on SYS objects go through rdsadmin.rdsadmin_util.grant_sys_object, which takes the grantee in upper case and
     * grants only what the master user holds itself
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.CommonDBATasks.TransferPrivileges.html).
     * RDS supports only Oracle-managed files, so CREATE TABLESPACE names no data file, and AWS advises a maximum size
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.CommonDBATasks.Database.html#Appendix.Oracle.CommonDBATasks.CreatingTablespacesAndDatafiles).
     */
    static String amazonRds() {
        String grantee = RDS_USER.toUpperCase(java.util.Locale.ROOT);
        StringBuilder sql = new StringBuilder("-- as the master user: the connector's local user; its flush table (one row) lives in logminer_tbs\n"
                + "CREATE TABLESPACE logminer_tbs DATAFILE SIZE 25M AUTOEXTEND ON MAXSIZE 1G;\n"
                + "CREATE USER " + RDS_USER + " IDENTIFIED BY \"<from your secret store>\" DEFAULT TABLESPACE logminer_tbs\n"
                + "  QUOTA UNLIMITED ON logminer_tbs;\n"
                + "GRANT CREATE SESSION, " + PRIVILEGES + " TO " + RDS_USER + ";\n");
        for (String pkg : PACKAGES) sql.append(grantSysObject(pkg, grantee, "EXECUTE"));
        for (String view : VIEWS) sql.append(grantSysObject(view, grantee, "SELECT"));
        return sql.toString().stripTrailing();
    }

    private static String grantSysObject(String object, String grantee, String privilege) {
        return "EXEC rdsadmin.rdsadmin_util.grant_sys_object('" + object + "', '" + grantee + "', '" + privilege + "');\n";
    }
}
