package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** design --format json / design --input round trip, projects with #name, and compare. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aDesignFileReadsBackToTheSameSpecification() {
        Path file = dir.resolve("seed.json");
        String[] texts = {"--source", "PostgreSQL 14, 50TB volume, 10k TPS", "--target", "Kafka to Snowflake"};
        assertEquals(0, run("design", texts[0], texts[1], texts[2], texts[3], "--format", "json", "--out", file.toString()).code());
        CliRun direct = run("design", texts[0], texts[1], texts[2], texts[3]);
        CliRun fromFile = run("design", "--input", file.toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(direct.out(), fromFile.out());
        CliRun both = run("design", "--input", file.toString(), "--source", "MySQL 8");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("either --input or --source"), both.err());
    }

    @Test
    void aProjectDesignIsPickedByName() throws Exception {
        Path project = Files.writeString(dir.resolve("p.cdcarch.json"), """
                {"formatVersion": 2, "designs": [
                  {"name": "avro", "sourceText": "PostgreSQL 14, 2 TB, 1k TPS", "targetText": "Kafka to Snowflake"},
                  {"name": "protobuf", "sourceText": "PostgreSQL 14, 2 TB, 1k TPS, Protobuf", "targetText": "Kafka to Snowflake"}]}
                """);
        CliRun one = run("design", "--input", project + "#protobuf");
        assertEquals(0, one.code(), one.err());
        CliRun ambiguous = run("design", "--input", project.toString());
        assertEquals(2, ambiguous.code());
        assertTrue(ambiguous.err().contains("holds 2 designs") && ambiguous.err().contains("avro, protobuf"), ambiguous.err());
        CliRun missing = run("design", "--input", project + "#json");
        assertTrue(missing.err().contains("no design named 'json'"), missing.err());

        CliRun compare = run("compare", project + "#avro", project + "#protobuf");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().startsWith("# Design comparison: avro vs protobuf"), compare.out());
        assertTrue(compare.out().contains("| Source database | PostgreSQL 14, 2 TB, 1k TPS | PostgreSQL 14, 2 TB, 1k TPS, Protobuf | **yes** |"), compare.out());
        assertTrue(compare.out().contains("`schema.registry`"), "the serialisation decision differs");
        CliRun json = run("compare", project + "#avro", project + "#protobuf", "--format", "json");
        assertTrue(json.out().contains("\"nameA\" : \"avro\""), json.out());
        CliRun three = run("compare", project + "#avro", project + "#protobuf", project + "#avro");
        assertEquals(0, three.code(), three.err());
        assertTrue(three.out().contains("# Design comparison: avro vs protobuf") && three.out().contains("# Design comparison: avro vs avro"), three.out());
        CliRun single = run("compare", project + "#avro");
        assertEquals(2, single.code(), "at least two designs");
    }

    @Test
    void aForeignFileIsAClearError() throws Exception {
        Path foreign = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\"}");
        CliRun run = run("compare", foreign.toString(), foreign.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("neither a design file"), run.err());
    }

    /** Issue 16: a decision whose statement alone differs shows its differing words, before and after. */
    @Test
    void changedStatementsShowTheirDifferingWords() throws Exception {
        Path project = Files.writeString(dir.resolve("mysql.cdcarch.json"), """
                {"formatVersion": 2, "designs": [
                  {"name": "3k", "sourceText": "MySQL 8.0 on RDS, 2 TB, 3k TPS, 200 tables", "targetText": "Kafka to Snowflake"},
                  {"name": "50k", "sourceText": "MySQL 8.0 on RDS, 2 TB, 50k TPS, 200 tables", "targetText": "Kafka to Snowflake"}]}
                """);
        CliRun compare = run("compare", project + "#3k", project + "#50k");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("**Changed** `mysql.binlog-retention`"), compare.out());
        assertTrue(compare.out().contains("  - “h (530.8 GB” → “h (8,847.4 GB”"), compare.out());
    }
}
