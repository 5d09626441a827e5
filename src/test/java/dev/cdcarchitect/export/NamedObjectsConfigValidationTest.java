package dev.cdcarchitect.export;

import static dev.cdcarchitect.domain.ObjectRole.CAPTURED;
import static dev.cdcarchitect.domain.ObjectRole.KEYLESS;
import static dev.cdcarchitect.domain.ObjectRole.LARGE_VALUES;
import static dev.cdcarchitect.domain.ObjectRole.MASKED;
import static dev.cdcarchitect.domain.ObjectRole.SENSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rules.FactsFixture;
import dev.cdcarchitect.rules.RuleEngine;
import dev.cdcarchitect.topology.TopologyBuilder;
import io.debezium.config.Configuration;
import io.debezium.config.Field;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.postgresql.PostgresConnectorConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/**
 * The exported source connector of designs with named objects, checked by Debezium 3.6.1's own field validation
 * (include/exclude lists, message.key.columns format, skipped.operations values). Kafka Connect resolves config
 * providers before a connector sees its config, so ${env:...} references are given a value first, as the worker would.
 */
class NamedObjectsConfigValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> exportedSourceConfig(FactsFixture facts, String source, String target) throws Exception {
        DesignInput input = facts.on(source, target);
        DesignSpec spec = new RuleEngine().generate(input);
        DesignResult.Generated design = new DesignResult.Generated(input, spec, new TopologyBuilder().build(input, spec));
        for (Map.Entry<String, String> file : new ConfigBundleBuilder().build(design).files().entrySet()) {
            if (!file.getKey().startsWith("connect/") || !file.getKey().contains("-source")) continue;
            Map<String, String> config = new HashMap<>();
            JsonNode node = JSON.readTree(file.getValue()).get("config");
            node.fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText().replaceAll("\\$\\{env:[A-Z0-9_]+}", "id")));
            return config;
        }
        throw new AssertionError("no source connector exported");
    }

    private static List<String> errors(Map<String, String> config, Field.Set fields) {
        Map<String, ConfigValue> result = Configuration.from(config).validate(fields);
        List<String> errors = new ArrayList<>();
        result.forEach((name, value) -> value.errorMessages().forEach(m -> errors.add(name + ": " + m)));
        return errors;
    }

    @Test
    void debeziumAcceptsThePostgresConfigBuiltFromNamedObjects() throws Exception {
        Map<String, String> config = exportedSourceConfig(FactsFixture.facts().database("sales")
                        .table("orders", CAPTURED).table("customers", CAPTURED).table("audit_log", CAPTURED, KEYLESS)
                        .table("events_raw", CAPTURED, KEYLESS).column("customers.ssn", SENSITIVE).column("card_number", SENSITIVE)
                        .column("customers.email", SENSITIVE, MASKED).column("orders.notes", LARGE_VALUES).truncates().existing("cdc_slot", "cdc_pub"),
                "PostgreSQL 16, 1 TB, 2k TPS", "Kafka to a PostgreSQL replica");

        assertEquals(List.of(), errors(config, PostgresConnectorConfig.ALL_FIELDS));
        assertEquals("public\\.orders,public\\.customers,public\\.audit_log,public\\.events_raw", config.get("table.include.list"));
        assertEquals("public\\.customers\\.ssn,[^.]+\\.[^.]+\\.card_number", config.get("column.exclude.list"));
        assertEquals("public\\.audit_log:id;public\\.events_raw:id", config.get("message.key.columns"));
        assertEquals("public\\.customers\\.email", config.get("column.mask.with.10.chars"));
        assertEquals("none", config.get("skipped.operations"));
    }

    @Test
    void debeziumAcceptsTheMySqlConfigBuiltFromNamedObjects() throws Exception {
        Map<String, String> config = exportedSourceConfig(FactsFixture.facts().database("sales").database("crm")
                        .table("orders", CAPTURED).table("audit_log", CAPTURED, KEYLESS).column("customers.ssn", SENSITIVE).truncates(),
                "MySQL 8.0, 1 TB, 2k TPS", "Kafka to Snowflake");

        assertEquals(List.of(), errors(config, MySqlConnectorConfig.ALL_FIELDS));
        assertEquals("sales,crm", config.get("database.include.list"));
        assertTrue(config.get("table.include.list").contains("crm\\.orders"), "a bare table is looked for in every named database");
    }

    @Test
    void debeziumRejectsTheUnescapedSeparatorItWouldMisread() {
        // Guards the format this design relies on: a table:columns entry per table, ';' between tables.
        Map<String, String> bad = new HashMap<>(Map.of("message.key.columns", "public.audit_log"));
        List<String> errors = errors(bad, PostgresConnectorConfig.ALL_FIELDS);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("message.key.columns")), errors.toString());
    }
}
