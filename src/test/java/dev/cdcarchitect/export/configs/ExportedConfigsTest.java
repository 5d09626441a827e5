package dev.cdcarchitect.export.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExportedConfigsTest {

    /** Debezium's JDBC sink lives in io.debezium.connector.jdbc but is a sink: read back as a source, the rehearsal skipped its contract. */
    @Test
    void debeziumsJdbcSinkIsReadBackAsASinkAndItsSourceAsASource() {
        ConfigBundle bundle = new ConfigBundle(Map.of(
                "connect/app-postgres-source.json", "{\"name\":\"app-postgres-source\",\"config\":{\"connector.class\":\"io.debezium.connector.postgresql.PostgresConnector\"}}",
                "connect/app-jdbc-mysql-sink.json", "{\"name\":\"app-jdbc-mysql-sink\",\"config\":{\"connector.class\":\"io.debezium.connector.jdbc.JdbcSinkConnector\"}}"));
        Map<String, Boolean> sourceByName = ExportedConfigs.connectors(bundle).stream()
                .collect(Collectors.toMap(ConnectorConfig::name, ConnectorConfig::source));
        assertEquals(Map.of("app-postgres-source", true, "app-jdbc-mysql-sink", false), sourceByName);
    }
}
