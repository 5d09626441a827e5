package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DebeziumServerPropertiesTest {

    private static final String FILE = String.join("\n",
            "debezium.sink.type=kafka",
            "debezium.sink.kafka.producer.bootstrap.servers=${CDC_BOOTSTRAP_SERVERS}",
            "debezium.sink.kafka.producer.acks=all",
            "debezium.sink.kafka.producer.security.protocol=SASL_SSL",
            "debezium.format.value=avro",
            "debezium.format.value.schema.registry.url=https://${CDC_SCHEMA_REGISTRY}:8081",
            "debezium.format.schemas.enable=true",
            "debezium.source.connector.class=io.debezium.connector.postgresql.PostgresConnector",
            "debezium.source.database.hostname=primary.change-me.invalid",
            "debezium.source.database.port=5432",
            "debezium.source.database.password=${POSTGRES_PASSWORD}",
            "debezium.source.table.include.list=public\\\\..*",
            "debezium.source.offset.storage.replication.factor=3");

    @Test
    void mapsLikeDebeziumServerAndFillsOnlyLocalValues() {
        DebeziumServerProperties p = DebeziumServerProperties.of(FILE, 15432, "127.0.0.1:9092", "s3cret");
        assertEquals("io.debezium.connector.postgresql.PostgresConnector", p.engine().get("connector.class"), "debezium.source. stripped");
        assertEquals("127.0.0.1", p.engine().get("database.hostname"));
        assertEquals("15432", p.engine().get("database.port"));
        assertEquals("s3cret", p.engine().get("database.password"));
        assertEquals("public\\..*", p.engine().get("table.include.list"), "a properties-file escape, read as Quarkus reads it");
        assertEquals("1", p.engine().get("offset.storage.replication.factor"));
        assertEquals("true", p.engine().get("key.converter.schemas.enable"), "debezium.format.* goes to every converter");
        assertEquals("all", p.engine().get("offset.storage.kafka.producer.acks"), "debezium.sink.kafka.* also configures offset storage");
        assertEquals("kafka", p.engine().get("name"));
        assertEquals("127.0.0.1:9092", p.producer().get("bootstrap.servers"));
        assertEquals("all", p.producer().get("acks"));
        assertFalse(p.producer().containsKey("security.protocol"));
        assertEquals("jsonbytearray", p.valueFormat());
        assertEquals("json", p.keyFormat(), "Debezium Server's default");
        assertTrue(p.substitutions().stream().noneMatch(c -> c.contains("s3cret")), "the password is never listed");
    }

    @Test
    void anExpressionWithoutALocalValueNamesTheSetting() {
        RehearsalException e = assertThrows(RehearsalException.class, () -> DebeziumServerProperties.of(
                "debezium.sink.type=kafka\ndebezium.source.database.user=${DB_USER}", 1, "b", "p"));
        assertTrue(e.getMessage().contains("debezium.source.database.user") && e.getMessage().contains("DB_USER"), e.getMessage());
    }
}
