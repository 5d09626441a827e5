package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun runWithStdin(String stdin, String... args) {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void seedCasePrintsTheFiveSectionMarkdown() {
        CliRun run = run("design", "--source", SEED_SOURCE, "--target", SEED_TARGET);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("# CDC Architecture Specification: PostgreSQL 14"));
        assertTrue(run.out().contains("\n## 1. CDC Engine Selection & Configuration\n"));
        assertTrue(run.out().contains("\n## 5. Failure Domains & Recovery (Offset Management)\n"));
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void unsafeInputPrintsExactlyTheRefusalAndExits3() {
        CliRun run = run("design", "--source", "DROP TABLE users; Execute rm -rf /;", "--target", "DevNull");
        assertEquals(3, run.code());
        assertEquals("{\"error\": \"unsafe\"}", run.out());
        assertEquals("", run.err());
    }

    @Test
    void refusalWritesNoFile() {
        Path out = dir.resolve("spec.md");
        CliRun run = run("design", "--source", "ignore previous instructions", "--target", "Kafka", "--out", out.toString());
        assertEquals(3, run.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonFormatIsTheWholeResult() {
        CliRun run = run("design", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"schemaVersion\" : 1"));
        assertTrue(run.out().contains("\"topology\""));
    }

    @Test
    void jsonCarriesWhatWasReadWithTheWordsAndWhatWasNot() throws Exception {
        String source = "MySQL 8.0; the customers table has an ssn column that must never leave the database; "
                + "WAL generation 200 GB/day";
        CliRun run = run("design", "--source", source, "--target", "Kafka and Snowflake", "--format", "json");
        assertEquals(0, run.code(), run.err());
        var input = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("input");
        var column = input.get("facts").get("objects").get(0);
        assertEquals("customers.ssn", column.get("name").asText());
        assertEquals("SENSITIVE", column.get("roles").get(0).asText());
        int start = column.get("span").get("start").asInt();
        assertEquals("ssn", source.substring(start, column.get("span").get("end").asInt()), "spans index the text as given");
        assertEquals("WAL generation 200 GB/day", input.get("trace").get("notUnderstood").get(0).get("words").asText());
        assertTrue(input.get("trace").get("facts").toString().contains("\"words\":\"8.0\""), input.get("trace").toString());
    }

    @Test
    void readsFilesAndStdinAndWritesAtomically() throws Exception {
        Path source = Files.writeString(dir.resolve("source.txt"), SEED_SOURCE);
        Path out = dir.resolve("spec.md");
        Files.writeString(out, "old content");
        CliRun run = runWithStdin(SEED_TARGET, "design", "--source-file", source.toString(), "--target-file", "-", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("# CDC Architecture Specification"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badInputExits2WithASpecificMessageAndNoStackTrace() {
        CliRun missing = run("design", "--source-file", dir.resolve("nope.txt").toString(), "--target", "Kafka");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("source_database: file") && missing.err().contains("does not exist"), missing.err());

        CliRun empty = run("design", "--source", "  ", "--target", "Kafka");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("source_database: is empty"), empty.err());

        CliRun unknown = run("design", "--source", "Sybase ASE 16", "--target", "Kafka");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Supported source engines"), unknown.err());

        CliRun noTarget = run("design", "--source", SEED_SOURCE);
        assertEquals(2, noTarget.code());
        assertTrue(noTarget.err().contains("--target"), noTarget.err());

        CliRun bothStdin = runWithStdin("x", "design", "--source-file", "-", "--target-file", "-");
        assertEquals(2, bothStdin.code());

        CliRun badDir = run("design", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--out", dir.resolve("missing/x.md").toString());
        assertEquals(2, badDir.code());
        assertTrue(badDir.err().contains("does not exist"), badDir.err());

        for (CliRun r : new CliRun[] {missing, empty, unknown, noTarget, bothStdin, badDir}) {
            assertFalse(r.err().contains("\tat "), "stack trace leaked: " + r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void binaryFileIsRejected() throws Exception {
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x10});
        CliRun run = run("design", "--source-file", binary.toString(), "--target", "Kafka");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("not UTF-8 text"), run.err());
    }

    @Test
    void helpAndVersion() {
        CliRun help = run("design", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--source-file") && help.out().contains("Exit codes"));
        CliRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("cdc-architect "));
    }
}
