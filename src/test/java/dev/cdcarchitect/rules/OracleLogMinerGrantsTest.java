package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: "grants lack what LogMiner needs". The Debezium Oracle connector's documented grants
 * (https://debezium.io/documentation/reference/stable/connectors/oracle.html#creating-users-for-the-connector) include
 * CREATE TABLE (its flush table, in its default tablespace with a quota), LOCK ANY TABLE, CREATE SEQUENCE and SELECT on
 * eleven V_$ views ("without these grants, the connector cannot operate"). Oracle's GRANT takes either system
 * privileges and roles or one object's privileges, never both in one statement.
 */
class OracleLogMinerGrantsTest {

    private static final List<String> VIEWS = List.of("V_$DATABASE", "V_$LOG", "V_$LOG_HISTORY", "V_$LOGMNR_LOGS", "V_$LOGMNR_CONTENTS",
            "V_$LOGMNR_PARAMETERS", "V_$LOGFILE", "V_$ARCHIVED_LOG", "V_$ARCHIVE_DEST_STATUS", "V_$TRANSACTION", "V_$MYSTAT", "V_$STATNAME");

    private static final List<String> PACKAGES = List.of("DBMS_LOGMNR", "DBMS_LOGMNR_D");

    private static String redoSettingsSql(DesignResult.Generated design) {
        Decision d = design.spec().decisions().stream().filter(x -> x.id().equals("oracle.redo-settings")).findFirst().orElseThrow();
        return d.snippets().stream().filter(s -> s.language().equals("sql")).map(Snippet::code).findFirst().orElseThrow();
    }

    @Test
    void theLogMinerUserGetsEveryDocumentedGrantInValidStatements() {
        String sql = redoSettingsSql(DesignedConnectors.design("Oracle 19c, 2 TB, 1k TPS", "Kafka to Elasticsearch"));
        assertTrue(sql.contains("DEFAULT TABLESPACE") && sql.contains("QUOTA UNLIMITED ON"), "the flush table needs a tablespace quota: " + sql);
        for (String privilege : List.of("CREATE SESSION", "SET CONTAINER", "FLASHBACK ANY TABLE", "SELECT ANY TABLE", "SELECT_CATALOG_ROLE",
                "EXECUTE_CATALOG_ROLE", "SELECT ANY TRANSACTION", "LOGMINING", "CREATE TABLE", "LOCK ANY TABLE", "CREATE SEQUENCE")) {
            assertTrue(sql.contains(privilege), privilege + " missing: " + sql);
        }
        for (String view : VIEWS) assertTrue(sql.contains("GRANT SELECT ON " + view + " TO c##dbzuser"), view + " missing: " + sql);
        for (String pkg : PACKAGES) assertTrue(sql.contains("GRANT EXECUTE ON " + pkg + " TO c##dbzuser"), sql);
        for (String statement : sql.replaceAll("--[^\n]*", "").split(";")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            // the signal table is a local object of the PDB, granted there (CONTAINER=ALL applies to common objects only)
            if (s.startsWith("GRANT") && s.contains(" ON ") && !s.equals("GRANT INSERT ON APP.DEBEZIUM_SIGNAL TO c##dbzuser")) {
                assertTrue(s.matches("GRANT (SELECT|EXECUTE) ON \\S+ TO c##dbzuser CONTAINER=ALL"), "one object per GRANT: " + s);
            }
        }
    }

    /**
     * Amazon RDS for Oracle has no SYSDBA and no access to CDB$ROOT, so no common (C##) user: the master user creates a
     * local user and grants SYS objects through rdsadmin.rdsadmin_util.grant_sys_object
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.Oracle.CommonDBATasks.TransferPrivileges.html).
     * The connector must log in as exactly that user, and with no database.pdb.name (non-CDB).
     */
    @Test
    void anRdsDesignCreatesTheExportedUserAndGrantsEverySysObjectThroughRdsadmin() {
        DesignResult.Generated design = DesignedConnectors.design("Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS", "Kafka to Elasticsearch");
        Map<String, Map<String, String>> sources = DesignedConnectors.of(design, ConfigScope.SOURCE_CONNECTOR);
        assertEquals(1, sources.size(), "one Oracle connector: " + sources.keySet());
        Map<String, String> connector = sources.values().iterator().next();
        String user = connector.get("database.user");
        assertFalse(user.toUpperCase().startsWith("C##"), "RDS allows no common user: database.user=" + user);
        assertFalse(connector.containsKey("database.pdb.name"), "non-CDB: Debezium says do not set database.pdb.name: " + connector);

        String sql = redoSettingsSql(design);
        String grantee = user.toUpperCase();
        assertTrue(sql.contains("CREATE USER " + user + " "), "the snippet must create the exported user " + user + ": " + sql);
        assertTrue(sql.contains("DEFAULT TABLESPACE") && sql.contains("QUOTA UNLIMITED ON"), "the flush table needs a tablespace quota: " + sql);
        for (String privilege : List.of("CREATE SESSION", "FLASHBACK ANY TABLE", "SELECT ANY TABLE", "SELECT_CATALOG_ROLE",
                "EXECUTE_CATALOG_ROLE", "SELECT ANY TRANSACTION", "LOGMINING", "CREATE TABLE", "LOCK ANY TABLE", "CREATE SEQUENCE")) {
            assertTrue(sql.matches("(?s).*GRANT [^;]*\\b" + privilege + "\\b[^;]* TO " + user + ";.*"), privilege + " missing: " + sql);
        }
        for (String view : VIEWS) {
            assertTrue(sql.contains("rdsadmin.rdsadmin_util.grant_sys_object('" + view + "', '" + grantee + "', 'SELECT')"), view + " missing: " + sql);
        }
        for (String pkg : PACKAGES) {
            assertTrue(sql.contains("rdsadmin.rdsadmin_util.grant_sys_object('" + pkg + "', '" + grantee + "', 'EXECUTE')"), pkg + " missing: " + sql);
        }
        assertFalse(sql.toUpperCase().contains("C##") || sql.contains("CONTAINER="), "no common user or container clause on RDS: " + sql);
        assertFalse(sql.matches("(?s).*GRANT (SELECT|EXECUTE) ON (V_\\$|DBMS_).*"), "SYS objects go through grant_sys_object on RDS: " + sql);
    }
}
