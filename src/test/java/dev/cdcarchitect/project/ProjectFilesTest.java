package dev.cdcarchitect.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Project files: round trips, migration, newer versions, saving that never loses the old file, hostile files. */
class ProjectFilesTest {

    static final Instant T1 = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-26T11:00:00Z");

    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    static Project project(String... names) {
        List<ProjectDesign> designs = Stream.of(names).map(n -> ProjectDesign.of(n, "PostgreSQL 14, 2 TB, " + n, "Kafka to Snowflake")).toList();
        return new Project(ProjectFiles.FORMAT_VERSION, "test", null, null, designs, null);
    }

    @Test
    void aProjectRoundTripsWithFieldsThisVersionDoesNotKnow() throws Exception {
        String withExtras = """
                {"formatVersion": 2, "appVersion": "9.9", "created": "2026-01-01T00:00:00Z", "modified": "2026-01-02T00:00:00Z",
                 "reviewers": ["ana", "raj"],
                 "designs": [{"name": "baseline", "sourceText": "PostgreSQL 14", "targetText": "Kafka", "engine": "llm",
                              "rateFactor": 2.5, "growthFactor": 3, "partitionOverride": 12, "llmAnswer": "## 1. ...", "notes": "n",
                              "colour": "blue"}]}
                """;
        ProjectFiles.Loaded loaded = files.parse(withExtras.getBytes(StandardCharsets.UTF_8), "p");
        Path file = dir.resolve("p.cdcarch.json");
        files.write(file, loaded.project(), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        ProjectFiles.Loaded again = files.read(file);
        ProjectDesign d = again.project().designs().get(0);
        assertEquals("llm", d.engine());
        assertEquals(2.5, d.rateFactor());
        assertEquals(12, d.partitionOverride());
        assertEquals("## 1. ...", d.llmAnswer());
        assertEquals("blue", d.extra().get("colour").asText(), "unknown design field kept");
        assertEquals("raj", again.project().extra().get("reviewers").get(1).asText(), "unknown project field kept");
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), again.project().created(), "creation time kept");
        assertEquals(T1, again.project().modified());
        assertFalse(again.readOnly());
    }

    @Test
    void formatOneIsMigrated() throws Exception {
        String v1 = """
                {"formatVersion": 1, "designs": [{"name": "old", "source": "MySQL 8.0, 1 TB", "target": "Kafka to BigQuery",
                  "whatIf": {"rate": 2, "growth": 1.5, "partitions": 24}}]}
                """;
        ProjectFiles.Loaded loaded = files.parse(v1.getBytes(StandardCharsets.UTF_8), "old.cdcarch.json");
        ProjectDesign d = loaded.project().designs().get(0);
        assertEquals("MySQL 8.0, 1 TB", d.sourceText());
        assertEquals("Kafka to BigQuery", d.targetText());
        assertEquals(2, d.rateFactor());
        assertEquals(24, d.partitionOverride());
        assertFalse(d.extra().has("whatIf") || d.extra().has("source"), "migrated fields are not duplicated as extras");
        assertTrue(loaded.notice().startsWith("Migrated from format 1 to 2"));
        assertEquals(ProjectFiles.FORMAT_VERSION, loaded.project().formatVersion());
    }

    @Test
    void aNewerFormatOpensReadOnly() throws Exception {
        ProjectFiles.Loaded loaded = files.parse("{\"formatVersion\": 7, \"designs\": [{\"name\": \"x\"}], \"hologram\": true}"
                .getBytes(StandardCharsets.UTF_8), "new");
        assertTrue(loaded.readOnly());
        assertTrue(loaded.notice().contains("newer CDC Architect (format 7)"));
    }

    @Test
    void savingKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("p.cdcarch.json");
        files.write(file, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        byte[] first = Files.readAllBytes(file);
        files.write(file, project("a", "b"), "1.0", T2, ProjectFiles.SaveSteps.NONE);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("p.cdcarch.json.bak")));
        assertEquals(2, files.read(file).project().designs().size());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("p.cdcarch.json", "p.cdcarch.json.bak"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files");
        }
    }

    /** A crash between any two steps of a save leaves the old file or the new one, whole. */
    @ParameterizedTest
    @ValueSource(strings = {"written", "flushed", "backed-up", "moved"})
    void aSaveInterruptedAtAnyStepLeavesAWholeFile(String crashAfter) throws Exception {
        Path file = dir.resolve("p.cdcarch.json");
        files.write(file, project("old"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        byte[] old = Files.readAllBytes(file);
        byte[] fresh = files.serialise(project("old", "new"), "1.0", T2);
        ProjectFiles.SaveSteps crash = step -> {
            if (step.equals(crashAfter)) throw new IOException("simulated crash after " + step);
        };
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.write(file, project("old", "new"), "1.0", T2, crash));
        assertTrue(e.getMessage().contains("the previous file is unchanged") || crashAfter.equals("moved"), e.getMessage());
        byte[] now = Files.readAllBytes(file);
        assertTrue(java.util.Arrays.equals(now, old) || java.util.Arrays.equals(now, fresh), "old or new, never a mix");
        if (!crashAfter.equals("moved")) assertArrayEquals(old, now, "before the move the old file is in place");
        files.read(file); // and it opens
    }

    @Test
    void truncatedNulFilledDeeplyNestedForeignAndHugeFilesAreRefused() throws Exception {
        Path good = dir.resolve("good.cdcarch.json");
        files.write(good, project("a", "b"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        byte[] bytes = Files.readAllBytes(good);

        Path truncated = Files.write(dir.resolve("truncated.cdcarch.json"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(truncated).contains("not complete JSON"), refused(truncated));

        Path nul = Files.write(dir.resolve("nul.cdcarch.json"), new byte[4096]);
        assertTrue(refused(nul).contains("is not a CDC Architect project"), refused(nul));

        Path deep = Files.writeString(dir.resolve("deep.cdcarch.json"), "[".repeat(10_000) + "]".repeat(10_000));
        assertTrue(refused(deep).contains("nested too deeply"), refused(deep));

        Path foreign = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        assertTrue(refused(foreign).contains("no formatVersion and designs"), refused(foreign));

        Path huge = dir.resolve("huge.cdcarch.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertTrue(refused(huge).contains("at most 20 MB"), refused(huge));

        for (Path p : List.of(truncated, nul, deep, foreign)) assertTrue(Files.exists(p), "never deleted or overwritten: " + p);
    }

    private String refused(Path file) {
        return assertThrows(ProjectFileException.class, () -> files.read(file)).getMessage();
    }
}
