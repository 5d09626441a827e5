package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Snippet;
import java.util.List;
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

    @Test
    void theLogMinerUserGetsEveryDocumentedGrantInValidStatements() {
        Decision d = DesignedConnectors.design("Oracle 19c, 2 TB, 1k TPS", "Kafka to Elasticsearch").spec().decisions().stream()
                .filter(x -> x.id().equals("oracle.redo-settings")).findFirst().orElseThrow();
        String sql = d.snippets().stream().filter(s -> s.language().equals("sql")).map(Snippet::code).findFirst().orElseThrow();
        assertTrue(sql.contains("DEFAULT TABLESPACE") && sql.contains("QUOTA UNLIMITED ON"), "the flush table needs a tablespace quota: " + sql);
        for (String privilege : List.of("CREATE SESSION", "SET CONTAINER", "FLASHBACK ANY TABLE", "SELECT ANY TABLE", "SELECT_CATALOG_ROLE",
                "EXECUTE_CATALOG_ROLE", "SELECT ANY TRANSACTION", "LOGMINING", "CREATE TABLE", "LOCK ANY TABLE", "CREATE SEQUENCE")) {
            assertTrue(sql.contains(privilege), privilege + " missing: " + sql);
        }
        for (String view : VIEWS) assertTrue(sql.contains("GRANT SELECT ON " + view + " TO c##dbzuser"), view + " missing: " + sql);
        for (String pkg : List.of("DBMS_LOGMNR", "DBMS_LOGMNR_D")) assertTrue(sql.contains("GRANT EXECUTE ON " + pkg + " TO c##dbzuser"), sql);
        for (String statement : sql.replaceAll("--[^\n]*", "").split(";")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            if (s.startsWith("GRANT") && s.contains(" ON ")) {
                assertTrue(s.matches("GRANT (SELECT|EXECUTE) ON \\S+ TO c##dbzuser CONTAINER=ALL"), "one object per GRANT: " + s);
            }
        }
    }
}
