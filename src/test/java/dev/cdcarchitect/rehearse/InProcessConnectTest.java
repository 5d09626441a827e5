package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("rehearsal")
class InProcessConnectTest {

    /** Connect 4.3 itself fails with a NullPointerException when it reports field errors; ours names the field. */
    @Test
    void anInvalidConnectorConfigIsRefusedWithTheFieldAndConnectsReason() {
        try (InProcessKafka kafka = InProcessKafka.start();
             InProcessConnect connect = InProcessConnect.start(kafka.bootstrapServers(), Map.of())) {
            ConnectorRejected e = assertThrows(ConnectorRejected.class, () -> connect.putConnector("bad", Map.of(
                    "connector.class", "io.debezium.connector.postgresql.PostgresConnector",
                    "topic.prefix", "app", "database.hostname", "127.0.0.1", "database.user", "u", "database.dbname", "d",
                    "plugin.name", "wal2json_gone")));
            String described = e.describe("connect/bad.json");
            assertTrue(described.contains("connect/bad.json: plugin.name=wal2json_gone — ") && described.contains("Fix:"), described);
        }
    }
}
