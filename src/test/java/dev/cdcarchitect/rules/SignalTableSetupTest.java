package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.setting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The source signal table: named in signal.data.collection the way each connector parses it (Oracle and SQL Server
 * '<database>.<schema>.<table>', Db2 '<schema>.<table>'; Debezium signalling docs, OracleConnectorConfig
 * .validateSignalDataCollection in 3.6.1.Final), created by the setup SQL, and put under CDC where the engine captures
 * through change tables ("For source databases such as Db2 or SQL Server ... enable CDC for the signaling table").
 */
class SignalTableSetupTest {

    private static DesignResult.Generated design(String source) {
        return StatedInputs.of(source, "Kafka to Snowflake").design();
    }

    private static String sql(Decision d) {
        return d.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
    }

    private static String collection(DesignResult.Generated design) {
        return setting(decision(design, "snapshot.signals"), "signal.data.collection");
    }

    private static String insert(DesignResult.Generated design) {
        return sql(decision(design, "snapshot.signals"));
    }

    @Test
    void oracleNamesTheSignalTableWithThePdbAsItsDatabase() {
        DesignResult.Generated design = design("Oracle 19c, 2 TB, 3k TPS");
        // OracleConnectorConfig.getCatalogName(): the PDB when database.pdb.name is set, else database.dbname
        String pdb = StatedInputs.setting(design, "app-oracle-source", "database.pdb.name");
        assertEquals("ORCLPDB1", pdb);
        assertEquals(pdb + ".APP.DEBEZIUM_SIGNAL", collection(design));
        // the INSERT runs in the PDB (Oracle SQL has no database qualifier); its data-collections are fully qualified
        assertTrue(insert(design).startsWith("INSERT INTO APP.DEBEZIUM_SIGNAL "), insert(design));
        assertTrue(insert(design).contains("\"data-collections\": [\"ORCLPDB1.APP.ORDERS\"]"), insert(design));
    }

    @Test
    void oracleOnRdsNamesTheSignalTableWithItsDatabaseName() {
        DesignResult.Generated design = design("Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS");
        String dbname = StatedInputs.setting(design, "app-oracle-source", "database.dbname");
        assertEquals(null, StatedInputs.setting(design, "app-oracle-source", "database.pdb.name"));
        assertEquals(dbname + ".APP.DEBEZIUM_SIGNAL", collection(design));
        assertTrue(insert(design).contains("\"data-collections\": [\"" + dbname + ".APP.ORDERS\"]"), insert(design));
        String setup = sql(decision(design, "oracle.redo-settings"));
        assertTrue(setup.contains("GRANT INSERT ON APP.DEBEZIUM_SIGNAL TO dbzuser;"), setup);
    }

    @Test
    void oracleCreatesTheSignalTableMinedLikeACapturedTable() {
        String setup = sql(decision(design("Oracle 19c, 2 TB, 3k TPS"), "oracle.redo-settings"));
        assertTrue(setup.contains("CREATE TABLE APP.DEBEZIUM_SIGNAL (id VARCHAR2(42) PRIMARY KEY, type VARCHAR2(32) NOT NULL, "
                + "data VARCHAR2(2048) NULL);"), setup);
        assertTrue(setup.contains("ALTER TABLE APP.DEBEZIUM_SIGNAL ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS;"), setup);
        assertTrue(setup.contains("GRANT INSERT ON APP.DEBEZIUM_SIGNAL TO c##dbzuser;"), setup);
    }

    @Test
    void oracleOverXStreamCreatesTheSignalTableToo() {
        DesignResult.Generated design = StatedInputs.of("Oracle 19c, 2 TB, 3k TPS", "Kafka to Snowflake").goldenGate().design();
        assertEquals("ORCLPDB1.APP.DEBEZIUM_SIGNAL", collection(design));
        String setup = sql(decision(design, "oracle.redo-settings"));
        assertTrue(setup.contains("CREATE TABLE APP.DEBEZIUM_SIGNAL ("), setup);
        assertTrue(setup.contains("GRANT INSERT ON APP.DEBEZIUM_SIGNAL TO c##dbzuser;"), setup);
    }

    @Test
    void sqlServerCreatesTheSignalTableAndEnablesCdcOnIt() {
        DesignResult.Generated design = design("SQL Server 2019, 2 TB, 2k TPS");
        assertEquals("shop.dbo.debezium_signal", collection(design));
        String setup = sql(decision(design, "sqlserver.enable-cdc"));
        assertTrue(setup.contains("CREATE TABLE dbo.debezium_signal (id VARCHAR(42) PRIMARY KEY, type VARCHAR(32) NOT NULL, "
                + "data VARCHAR(2048) NULL);"), setup);
        assertTrue(setup.contains("EXEC sys.sp_cdc_enable_table @source_schema = N'dbo', @source_name = N'debezium_signal',"), setup);
        assertTrue(setup.contains("GRANT INSERT ON dbo.debezium_signal TO debezium;"), setup);
        assertTrue(setup.indexOf("CREATE TABLE dbo.debezium_signal") < setup.indexOf("@source_name = N'debezium_signal'"),
                "the table exists before CDC is enabled on it");
    }

    @Test
    void db2CreatesTheSignalTableAndPutsItIntoCaptureMode() {
        DesignResult.Generated design = design("Db2 11.5, 1 TB, 500 TPS");
        assertEquals("DB2INST1.DEBEZIUM_SIGNAL", collection(design), "Db2 names data collections <schema>.<table>");
        String setup = sql(decision(design, "db2.asn-capture"));
        assertTrue(setup.contains("CREATE TABLE DB2INST1.DEBEZIUM_SIGNAL (id VARCHAR(42) PRIMARY KEY, type VARCHAR(32) NOT NULL, "
                + "data VARCHAR(2048));"), setup);
        assertTrue(setup.contains("CALL ASNCDC.ADDTABLE('DB2INST1', 'DEBEZIUM_SIGNAL');"), setup);
        assertTrue(setup.contains("GRANT INSERT ON DB2INST1.DEBEZIUM_SIGNAL TO USER debezium;"), setup);
        assertTrue(setup.indexOf("ADDTABLE('DB2INST1', 'DEBEZIUM_SIGNAL')") < setup.indexOf("'reinit'"),
                "the capture agent is re-initialised after the table is added");
    }
}
