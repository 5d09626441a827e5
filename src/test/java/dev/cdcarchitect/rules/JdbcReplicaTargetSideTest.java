package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The replica side of the Debezium JDBC sink, as the rehearsal found it missing: the spec must say which table each
 * topic is written to (collection.name.format, default ${topic}, dots become underscores: Debezium JDBC sink docs,
 * https://debezium.io/documentation/reference/stable/connectors/jdbc.html#jdbc-property-collection-name-format) and
 * set it in the export, and give the writer's user and grants on the target database, per database kind.
 */
class JdbcReplicaTargetSideTest {

    private static final String SOURCE = "PostgreSQL 15, 100 GB, 3,000 TPS";

    private static Decision jdbc(DesignResult.Generated design) {
        return design.spec().decisions().stream().filter(d -> d.id().equals("sink.jdbc")).findFirst().orElseThrow();
    }

    private static String grants(Decision d) {
        return d.snippets().stream().filter(s -> s.language().equals("sql")).map(Snippet::code).findFirst()
                .orElseThrow(() -> new AssertionError("no SQL for the replica's writer in sink.jdbc: " + d.snippets()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL 15, 100 GB, 3,000 TPS|a PostgreSQL reporting replica|app_public_orders",
            "MySQL 8.0, 100 GB, 3,000 TPS|a PostgreSQL reporting replica|app_shop_orders",
            "Oracle 19c, 100 GB, 3,000 TPS|a PostgreSQL reporting replica|app_app_orders",
            "PostgreSQL 15, 100 GB, 3,000 TPS|a MySQL replica|app_public_orders",
            "Oracle 19c, 100 GB, 3,000 TPS|an Oracle replica|APP_APP_ORDERS",
            "SQL Server 2019, 100 GB, 3,000 TPS|a SQL Server replica|app_shop_dbo_orders"})
    void theSpecNamesTheReplicaTableAndTheExportSetsTheSettingThatDecidesIt(String source, String target, String table) {
        DesignResult.Generated design = DesignedConnectors.design(source, target);
        Map<String, String> sink = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, "jdbc");
        assertEquals("${topic}", sink.get("collection.name.format"), "the table name is set explicitly: " + sink.keySet());
        Decision d = jdbc(design);
        assertTrue(d.statement().contains("collection.name.format") && d.statement().contains(table),
                "the spec names the replica table " + table + ": " + d.statement());
    }

    @Test
    void aPostgresReplicaGetsItsWriterWithUsageAndCreateOnTheSchemaItWritesTo() {
        Decision d = jdbc(DesignedConnectors.design(SOURCE, "a PostgreSQL reporting replica"));
        String sql = grants(d);
        // PostgreSQL 15 no longer lets PUBLIC create in schema public: the writer needs CREATE to create its tables
        // (schema.evolution=basic), and owns them, which ALTER TABLE ... ADD COLUMN requires.
        assertTrue(sql.contains("CREATE ROLE replica_writer WITH LOGIN PASSWORD '<from your secret store>';"), sql);
        assertTrue(sql.contains("GRANT USAGE, CREATE ON SCHEMA public TO replica_writer;"), sql);
    }

    @Test
    void aMySqlReplicaWriterGetsDropOnlyWhenTruncatesAreApplied() {
        String plain = grants(jdbc(DesignedConnectors.design(SOURCE, "a MySQL replica")));
        assertTrue(plain.contains("CREATE USER 'replica_writer'@'%'"), plain);
        assertTrue(plain.contains("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER ON"), plain);
        assertFalse(plain.contains("DROP"), plain);
        String truncating = grants(jdbc(DesignedConnectors.design(SOURCE + ". Truncates must be propagated to the replica.",
                "a MySQL replica")));
        assertTrue(truncating.contains("CREATE, ALTER, DROP ON"), "MySQL's TRUNCATE TABLE needs DROP: " + truncating);
    }

    @Test
    void sqlServerAndOracleWritersGetTheirOwnGrants() {
        String sqlServer = grants(jdbc(DesignedConnectors.design(SOURCE, "a SQL Server replica")));
        assertTrue(sqlServer.contains("GRANT CREATE TABLE TO replica_writer;")
                && sqlServer.contains("GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dbo TO replica_writer;"), sqlServer);
        String oracle = grants(jdbc(DesignedConnectors.design(SOURCE, "an Oracle replica")));
        assertTrue(oracle.contains("GRANT CREATE SESSION, CREATE TABLE TO replica_writer;") && oracle.contains("QUOTA"), oracle);
    }

    @Test
    void theExportedUserIsTheOneTheGrantsAreFor() {
        DesignResult.Generated design = DesignedConnectors.design(SOURCE, "a PostgreSQL reporting replica");
        String user = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, "jdbc").get("connection.username");
        assertTrue(grants(jdbc(design)).contains("CREATE ROLE " + user + " "), user);
    }

    /**
     * The rehearsal's poison record, set aside on the DLQ as the last record of its partition, left the sink's group one
     * record behind: Debezium's JdbcSinkConnectorTask.preCommit returns the offsets it wrote, and a record the converter
     * rejected never reaches it. The lag alert of the spec then fires on a quiet table; the spec must say how to read it.
     */
    @Test
    void theSpecSaysAStandingLagOfOneAfterADlqRecordIsThatRecord() {
        Decision d = jdbc(DesignedConnectors.design(SOURCE, "a PostgreSQL reporting replica"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("DLQ") && w.contains("committed offset stays one record behind")
                && w.contains("lag alert")), d.warnings().toString());
    }
}
