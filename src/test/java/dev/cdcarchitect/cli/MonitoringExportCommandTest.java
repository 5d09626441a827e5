package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format monitoring}: the exit codes the README documents. */
class MonitoringExportCommandTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    @TempDir
    Path dir;

    @Test
    void writesTheMonitoringFolderWithExitCode0() throws Exception {
        Path out = dir.resolve("monitoring");
        CliRun run = CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "monitoring", "--out", out.toString());
        assertEquals(ExitCodes.SPEC, run.code(), run.err());
        assertTrue(Files.readString(out.resolve("cdc-alerts.rules.yml")).contains("alert: ConnectorTaskFailed"));
        assertTrue(Files.readString(out.resolve("RUNBOOK.md")).contains("## Connector task failed"));
    }

    @Test
    void aForeignFolderIsBadInputAndStaysUntouched() throws Exception {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        CliRun run = CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "monitoring", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
        assertFalse(Files.exists(out.resolve("cdc-alerts.rules.yml")));
    }

    @Test
    void anUnsafeInputWritesNothingWithExitCode3() {
        Path out = dir.resolve("monitoring");
        CliRun run = CliRun.of("export", "--source", "DROP TABLE users; Execute rm -rf /;", "--target", TARGET, "--format", "monitoring",
                "--out", out.toString());
        assertEquals(ExitCodes.REFUSED, run.code());
        assertEquals("{\"error\": \"unsafe\"}", run.out().strip());
        assertFalse(Files.exists(out));
    }
}
