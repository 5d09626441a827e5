package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsInErrorTest {

    private final Map<String, String> config = new LinkedHashMap<>(Map.of(
            "connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector",
            "connection.url", "jdbc:postgresql://127.0.0.1:5433/replica_old",
            "connection.username", "replica_writer",
            "connection.password", "${file:/tmp/x/replica.properties:password}",
            "errors.deadletterqueue.topic.name", "dlq.app-jdbc-sink"));

    @Test
    void aQuotedDatabaseNamesTheUrlAndAQuotedUserTheUsername() {
        assertEquals(" (settings named by this error: connection.url=jdbc:postgresql://127.0.0.1:5433/replica_old)",
                SettingsInError.named("FATAL: database \"replica_old\" does not exist", "app-jdbc-sink", config));
        assertEquals(" (settings named by this error: connection.username=replica_writer)",
                SettingsInError.named("FATAL: password authentication failed for user \"replica_writer\"", "app-jdbc-sink", config));
    }

    @Test
    void aQuotedKeyIsNamedButTheConnectorsOwnNameAndPasswordsAreNot() {
        assertEquals(" (settings named by this error: connection.username=replica_writer)",
                SettingsInError.named("Kafka Connect could not validate the connector 'app-jdbc-sink': connection.username: A value is required",
                        "app-jdbc-sink", config));
        assertEquals("", SettingsInError.named("the connector 'app-jdbc-sink' failed: USE_TIME_ZONE_FIELD", "app-jdbc-sink", config));
        assertEquals("", SettingsInError.named("cannot read 'password'", "app-jdbc-sink", config));
    }
}
