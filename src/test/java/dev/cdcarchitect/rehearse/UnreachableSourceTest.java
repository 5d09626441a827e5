package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.check.Check;
import io.debezium.connector.postgresql.PostgresConnector;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** A staging cluster's worker that cannot reach the source: the failing check names that cause, in Debezium's own words. */
class UnreachableSourceTest {

    @Test
    void aConnectionErrorFromDebeziumsValidationNamesTheCauseAndTheFix() {
        int closed = LocalPorts.free();
        // Debezium's validation opens a JDBC connection: on a closed port it fails at once, with the driver's words.
        List<String> errors = new PostgresConnector().validate(Map.of("connector.class", PostgresConnector.class.getName(),
                        "topic.prefix", "app", "database.hostname", "127.0.0.1", "database.port", String.valueOf(closed),
                        "database.user", "debezium", "database.password", "x", "database.dbname", "app", "plugin.name", "pgoutput"))
                .configValues().stream().map(ConfigValue::errorMessages).flatMap(List::stream).toList();
        assertTrue(!errors.isEmpty(), "Debezium accepted a closed port");
        Check failed = new Check("source connector", false, "Kafka Connect rejected the exported config: " + String.join("; ", errors));

        Check explained = UnreachableSource.explain(failed, "127.0.0.1:" + closed, true);

        assertTrue(explained.evidence().startsWith(failed.evidence()), explained.evidence());
        assertTrue(explained.evidence().contains("could not connect to the source database at 127.0.0.1:" + closed), explained.evidence());
        assertTrue(explained.evidence().contains("only a worker running on this machine can reach"), explained.evidence());
        assertTrue(explained.evidence().contains("--source-url"), explained.evidence());
    }

    @Test
    void aGrantProblemIsLeftAsItIs() {
        Check grant = new Check("source connector", false, "app-postgres-source failed: ERROR: must be superuser or replication role to start walsender");
        assertEquals(grant, UnreachableSource.explain(grant, "db:5432", false));
    }
}
