package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Avro's SchemaCompatibility decides, on the schemas Debezium writes, which changes a registry accepts. */
class RegistryCheckTest {

    private final SchemaChangeReader reader = new SchemaChangeReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // change                                                      | backward | forward
            "add column discount numeric(10,2) to orders                   | true     | true",
            "add column status varchar(20) not null default 'new' to orders | true     | true",
            "add column placed_at timestamp not null default now() to orders | false  | true",
            "drop column note from orders                                  | true     | true",
            "drop column note not null from orders                         | true     | false",
            "rename column note to remark on orders                        | true     | true",
            "rename column note to remark not null on orders               | false    | false",
            "change orders.qty from int to bigint                          | true     | false",
            "change orders.qty from bigint to int                          | false    | true",
            "change orders.code from varchar(50) to varchar(200)           | true     | true",
            "change orders.ratio from real to double precision             | true     | false",
            "change orders.flag from boolean to text                       | false    | false"})
    void valueSchemaVerdictsComeFromAvro(String change, boolean backward, boolean forward) throws Exception {
        var schemas = EventSchemas.of(reader.read(change, ""), "shop.public", List.of("id"));
        var verdict = RegistryCheck.check(schemas.valueBefore(), schemas.valueAfter(), CompatibilityMode.FULL);
        assertEquals(backward, verdict.backwardCompatible(), "backward: " + verdict.reasons());
        assertEquals(forward, verdict.forwardCompatible(), "forward: " + verdict.reasons());
        assertEquals(backward && forward, verdict.accepted());
    }

    @Test
    void backwardTransitiveRefusesWhatOnlyForwardWouldAccept() throws Exception {
        var schemas = EventSchemas.of(reader.read("change orders.qty from bigint to int", ""), "shop.public", List.of("id"));
        var backward = RegistryCheck.check(schemas.valueBefore(), schemas.valueAfter(), CompatibilityMode.BACKWARD_TRANSITIVE);
        var forward = RegistryCheck.check(schemas.valueBefore(), schemas.valueAfter(), CompatibilityMode.FORWARD);
        var none = RegistryCheck.check(schemas.valueBefore(), schemas.valueAfter(), CompatibilityMode.NONE);
        assertFalse(backward.accepted());
        assertTrue(backward.reasons().stream().anyMatch(r -> r.contains("lacking writer type: LONG")), backward.reasons().toString());
        assertTrue(forward.accepted());
        assertTrue(none.accepted());
    }

    @Test
    void aNewKeyColumnBreaksTheKeySubjectButNotAnOptionalValue() throws Exception {
        var schemas = EventSchemas.of(reader.read("change primary key of orders to (id, region)", ""), "shop.public", List.of("id"));
        var key = RegistryCheck.check(schemas.keyBefore(), schemas.keyAfter(), CompatibilityMode.BACKWARD);
        assertFalse(key.accepted());
        assertTrue(key.reasons().stream().anyMatch(r -> r.contains("READER_FIELD_MISSING_DEFAULT_VALUE") && r.contains("region")),
                key.reasons().toString());
    }

    @Test
    void theEnvelopeNamesTheRecordsAfterTheTopic() throws Exception {
        var schemas = EventSchemas.of(reader.read("add column note text to orders", ""), "shop.public", List.of("id"));
        assertEquals("shop.public.orders.Envelope", schemas.valueAfter().getFullName());
        assertEquals("shop.public.orders.Key", schemas.keyAfter().getFullName());
    }
}
