package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format runbook}: the exit codes the README documents, and the same bytes run to run. */
class RunbookExportCommandTest {

    private static final String SOURCE = dev.cdcarchitect.cutover.CutoverPlannerTest.SEED_SOURCE;
    private static final String TARGET = dev.cdcarchitect.cutover.CutoverPlannerTest.SEED_TARGET;

    @TempDir
    Path dir;

    @Test
    void writesTheRunbookWithExitCode0AndTheSameBytesTwice() throws Exception {
        Path out = dir.resolve("cutover.md");
        CliRun run = CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "runbook", "--out", out.toString());
        assertEquals(ExitCodes.SPEC, run.code(), run.err());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Cutover and reconciliation runbook: "), md.lines().findFirst().orElse(""));
        assertTrue(md.contains("\n## Cutover and reconciliation\n") && md.contains("### Phase 2: Bulk seed at the replication position"), md);
        assertTrue(md.contains("### Queries: Snowflake (target, Snowflake)"), md);
        byte[] first = Files.readAllBytes(out);
        assertEquals(ExitCodes.SPEC, CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "runbook", "--out", out.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no SVG or temporary file beside the runbook");
        }
    }

    @Test
    void aFolderAsTheOutputIsBadInput() throws Exception {
        Path out = Files.createDirectories(dir.resolve("a-folder"));
        CliRun run = CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "runbook", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anUnsafeInputWritesNothingWithExitCode3() {
        Path out = dir.resolve("cutover.md");
        CliRun run = CliRun.of("export", "--source", "DROP TABLE users; Execute rm -rf /;", "--target", TARGET, "--format", "runbook",
                "--out", out.toString());
        assertEquals(ExitCodes.REFUSED, run.code());
        assertFalse(Files.exists(out));
    }
}
