package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apicurio.registry.utils.protobuf.schema.ProtobufFile;
import io.debezium.data.Envelope;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.junit.jupiter.api.Test;

/** The .proto text Debezium's events take through Confluent's ProtobufConverter, before and after a change. */
class EventProtosTest {

    private final SchemaChangeReader reader = new SchemaChangeReader();

    @Test
    void anAddedDecimalColumnBecomesTheNextFieldNumberAsAConfluentDecimal() throws Exception {
        var p = EventProtos.of(reader.read("add column discount numeric(10,2) to orders", ""), "shop.public", List.of("id"));
        assertEquals("""
                syntax = "proto3";
                package shop.public.orders;

                message Key {
                  int64 id = 1;
                }
                """, p.keyAfter());
        assertTrue(p.valueBefore().contains("  message Value {\n    int64 id = 1;\n  }\n"), p.valueBefore());
        assertTrue(p.valueAfter().contains("import \"confluent/type/decimal.proto\";"), p.valueAfter());
        assertTrue(p.valueAfter().contains("    confluent.type.Decimal discount = 2 [(confluent.field_meta) = { params: [{ key: \"precision\", "
                + "value: \"10\" }, { key: \"scale\", value: \"2\" }] }];\n"), p.valueAfter());
        Map<String, ?> fields = new ProtobufFile(p.valueAfter()).getFieldMap().get("Envelope.Value");
        assertEquals(List.of("discount", "id"), List.copyOf(new TreeMap<>(fields).keySet()));
    }

    @Test
    void aSmallintIsAnInt32MarkedWithItsConnectType() throws Exception {
        var p = EventProtos.of(reader.read("add column rank smallint to orders", ""), "shop.public", List.of("id"));
        assertTrue(p.valueAfter().contains("    int32 rank = 2 [(confluent.field_meta) = { params: [{ key: \"connect.type\", value: \"int16\" }] }];\n"),
                p.valueAfter());
        assertTrue(p.valueAfter().contains("import \"confluent/meta.proto\";"), p.valueAfter());
    }

    @Test
    void theEnvelopeNumbersItsFieldsInDebeziumsOrder() throws Exception {
        // Debezium 3.6.1's own envelope schema: the converter numbers fields by this order.
        Schema row = SchemaBuilder.struct().name("shop.public.orders.Value").optional().field("id", Schema.INT64_SCHEMA).build();
        Schema source = SchemaBuilder.struct().name("io.debezium.connector.postgresql.Source").field("version", Schema.STRING_SCHEMA).build();
        Schema envelope = Envelope.defineSchema().withName("shop.public.orders.Envelope").withRecord(row).withSource(source).build().schema();
        List<String> debezium = envelope.fields().stream().map(Field::name).toList();

        String text = EventProtos.of(reader.read("drop column note from orders", ""), "shop.public", List.of("id")).valueAfter();
        var byNumber = new ProtobufFile(text).getFieldsById().get("Envelope");
        List<String> ours = byNumber.keySet().stream().sorted().map(byNumber::get).toList();
        assertEquals(debezium, ours);
    }
}
