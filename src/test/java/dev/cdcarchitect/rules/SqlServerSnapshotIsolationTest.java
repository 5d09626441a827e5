package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * snapshot.isolation.mode=snapshot opens SNAPSHOT transactions, which SQL Server allows only once the database's
 * ALLOW_SNAPSHOT_ISOLATION option is ON; the enabling SQL must switch it on in every captured database.
 */
class SqlServerSnapshotIsolationTest {

    private static String sql(Decision d) {
        return d.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
    }

    @Test
    void theDatabaseAllowsSnapshotIsolation() {
        DesignResult.Generated design = StatedInputs.of("SQL Server 2019, 2 TB, 2k TPS", "Kafka to Snowflake").design();
        assertEquals("snapshot", StatedInputs.setting(design, "app-sqlserver-source", "snapshot.isolation.mode"));
        Decision enable = decision(design, "sqlserver.enable-cdc");
        assertTrue(sql(enable).contains("ALTER DATABASE shop SET ALLOW_SNAPSHOT_ISOLATION ON;"), sql(enable));
        assertTrue(enable.references().stream().anyMatch(r -> r.url().contains("set-transaction-isolation-level")), enable.references().toString());
    }

    @Test
    void onAmazonRdsToo() {
        DesignResult.Generated design = StatedInputs.of("SQL Server 2019 on Amazon RDS, 2 TB, 2k TPS", "Kafka to Snowflake").design();
        assertTrue(sql(decision(design, "sqlserver.enable-cdc")).contains("ALTER DATABASE shop SET ALLOW_SNAPSHOT_ISOLATION ON;"));
    }

    @Test
    void everyNamedDatabaseIsListed() {
        DesignResult.Generated design = StatedInputs.of("SQL Server 2019, 2 TB, 2k TPS; databases sales and billing", "Kafka to Snowflake").design();
        String sql = sql(decision(design, "sqlserver.enable-cdc"));
        assertTrue(sql.contains("ALTER DATABASE sales SET ALLOW_SNAPSHOT_ISOLATION ON;"), sql);
        assertTrue(sql.contains("ALTER DATABASE billing SET ALLOW_SNAPSHOT_ISOLATION ON;"), sql);
    }
}
