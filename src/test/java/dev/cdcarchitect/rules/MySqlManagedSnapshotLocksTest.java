package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Amazon RDS and Aurora forbid the global read lock, so a blocking snapshot falls back to table-level locks, which need
 * LOCK TABLES (mysql.adoc "Initial snapshots that use table-level locks") and are held until every table has been read
 * (BinlogSnapshotChangeEventSource.releaseSchemaSnapshotLocks, 3.6.1): writes to the captured tables wait that long.
 */
class MySqlManagedSnapshotLocksTest {

    private static String sql(Decision d) {
        return d.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
    }

    private static String text(Decision d) {
        return d.statement() + " " + String.join(" ", d.warnings());
    }

    @Test
    void rdsGrantsLockTablesAndStatesTheWriteOutage() {
        DesignResult.Generated design = StatedInputs.of("MySQL 8.0 on Amazon RDS, 200 GB, 500 TPS", "Kafka to ClickHouse").design();
        assertTrue(sql(decision(design, "mysql.privileges")).contains("GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, "
                + "REPLICATION CLIENT, LOCK TABLES ON *.*"), sql(decision(design, "mysql.privileges")));
        String locking = text(decision(design, "mysql.snapshot-locking"));
        assertTrue(locking.contains("until every captured table has been read"), locking);
        assertTrue(locking.contains("writes to the captured tables wait for about"), locking);
    }

    @Test
    void auroraAndMariaDbOnRdsToo() {
        for (String source : new String[] {"Aurora MySQL 3, 200 GB, 500 TPS", "MariaDB 10.11 on Amazon RDS, 200 GB, 500 TPS"}) {
            DesignResult.Generated design = StatedInputs.of(source, "Kafka to ClickHouse").design();
            String id = source.startsWith("MariaDB") ? "mariadb" : "mysql";
            assertTrue(sql(decision(design, id + ".privileges")).contains("LOCK TABLES"), source);
        }
    }

    @Test
    void selfManagedKeepsTheGlobalReadLockAndNeedsNoLockTables() {
        DesignResult.Generated design = StatedInputs.of("MySQL 8.0, 200 GB, 500 TPS", "Kafka to ClickHouse").design();
        assertFalse(sql(decision(design, "mysql.privileges")).contains("LOCK TABLES"));
    }
}
