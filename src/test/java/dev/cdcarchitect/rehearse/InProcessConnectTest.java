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
            RehearsalException e = assertThrows(RehearsalException.class, () -> connect.putConnector("bad", Map.of(
                    "connector.class", "io.debezium.connector.postgresql.PostgresConnector",
                    "topic.prefix", "app", "database.hostname", "127.0.0.1", "database.user", "u", "database.dbname", "d",
                    "plugin.name", "wal2json_gone")));
            assertTrue(e.getMessage().contains("plugin.name") && e.getMessage().contains("'bad'"), e.getMessage());
        }
    }
}
