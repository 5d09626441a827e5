package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SchemaFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Protobuf design's registry verdicts come from the Protobuf checker, on the .proto text its converter registers. */
class ProtobufImpactTest {

    private static final String TARGET = "Kafka with sinks to S3 and Databricks";

    private static DesignResult.Generated design(String source) {
        return assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source, TARGET));
    }

    private static Finding valueSubject(ImpactReport report) {
        return report.findings().stream().filter(f -> f.component().endsWith("-value")).findFirst().orElseThrow();
    }

    @Test
    void theReportSaysTheVerdictCameFromTheProtobufChecker() throws Exception {
        DesignResult.Generated protobuf = design("PostgreSQL 15, 2 TB, 5k TPS, Protobuf serialization");
        assertEquals(SchemaFormat.PROTOBUF, protobuf.input().requirements().schemaFormat());
        ImpactReport report = new ImpactAnalyzer().analyze(protobuf, "add column discount numeric(10,2) to orders", "");
        Finding value = valueSubject(report);
        assertTrue(value.statement().contains(ProtobufRegistryCheck.CHECKER), value.statement());
        assertFalse(value.statement().contains("Avro"), value.statement());
        assertEquals(ProtobufRegistryCheck.CHECKER, report.valueVerdict().checker());
        assertEquals("proto", report.schemas().language());
        assertTrue(report.schemas().valueAfter().contains("message Envelope {"), report.schemas().valueAfter());
        String markdown = new ImpactMarkdownWriter().write(report);
        assertTrue(markdown.contains("```proto\nsyntax = \"proto3\";"), markdown);
    }

    @Test
    void droppingAColumnIsRefusedForProtobufWhereAvroAcceptsIt() throws Exception {
        // BACKWARD_TRANSITIVE on the value subject: Avro reads old data without the field; Apicurio's Protobuf rules
        // refuse a field removed without reserving its number and name, which the converter never writes.
        String drop = "drop column note from orders";
        ImpactReport avro = new ImpactAnalyzer().analyze(design("PostgreSQL 15, 2 TB, 5k TPS"), drop, "");
        ImpactReport protobuf = new ImpactAnalyzer().analyze(design("PostgreSQL 15, 2 TB, 5k TPS, Protobuf serialization"), drop, "");
        assertTrue(avro.valueVerdict().accepted());
        assertFalse(protobuf.valueVerdict().accepted());
        Finding value = valueSubject(protobuf);
        assertEquals(Finding.Severity.BREAKS, value.severity());
        assertTrue(value.statement().contains("removed without reservation"), value.statement());
        assertTrue(value.fix().contains("reserved"), value.fix());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // each Decimal value carries its own scale, unlike Avro's bytes whose scale lives in the schema
            "change orders.amount from numeric(10,2) to numeric(12,4) | ABSORBED",
            // int32 readers parse int64 values as a cast would: truncated, without an error
            "change orders.qty from int to bigint                      | NEEDS_A_STEP",
            "change orders.qty from bigint to int                      | ABSORBED",
            // float and double are encoded differently
            "change orders.ratio from real to double precision         | BREAKS",
            "drop column note from orders                              | NEEDS_A_STEP"})
    void consumersFollowProtobufsRulesForUpdatingAMessage(String change, Finding.Severity severity) throws Exception {
        ImpactReport report = new ImpactAnalyzer().analyze(design("PostgreSQL 15, 2 TB, 5k TPS, Protobuf serialization"), change, "");
        Finding consumers = report.findings().stream().filter(f -> f.stage() == Finding.Stage.CONSUMERS).findFirst().orElseThrow();
        assertEquals(severity, consumers.severity(), consumers.statement());
        assertEquals(Docs.PROTOBUF_UPDATING, consumers.references().get(0));
    }

    @Test
    void anAvroDesignStillNamesAvro() throws Exception {
        ImpactReport report = new ImpactAnalyzer().analyze(design("PostgreSQL 15, 2 TB, 5k TPS"), "add column discount numeric(10,2) to orders", "");
        assertTrue(valueSubject(report).statement().contains("Avro SchemaCompatibility"));
        assertEquals("json", report.schemas().language());
    }
}
