package dev.cdcarchitect.export.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExportedConfigsTest {

    /** Debezium ships sink connectors too (io.debezium.connector.jdbc.JdbcSinkConnector): the package alone does not make a source. */
    @Test
    void theDebeziumJdbcSinkIsASinkNotASource() {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(
                "PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to a PostgreSQL replica for reporting");
        Map<String, Boolean> sourceByClass = ExportedConfigs.connectors(new ConfigBundleBuilder().build(design)).stream()
                .collect(Collectors.toMap(c -> c.config().get("connector.class"), ConnectorConfig::source));
        assertEquals(Map.of("io.debezium.connector.postgresql.PostgresConnector", true,
                "io.debezium.connector.jdbc.JdbcSinkConnector", false), sourceByClass);
    }
}
