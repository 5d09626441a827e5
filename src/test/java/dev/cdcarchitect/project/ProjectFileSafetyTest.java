package dev.cdcarchitect.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14, items 7a and 7d: a save keeps the file's mode; text after the project's JSON is refused. */
@Tag("adversarial")
class ProjectFileSafetyTest {

    private static final Instant T1 = ProjectFilesTest.T1;
    private static final Instant T2 = ProjectFilesTest.T2;

    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    private static Project project(String... names) {
        return ProjectFilesTest.project(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-r-----"})
    void savingKeepsTheModeOfTheFileItReplacesAndOfItsBackup(String mode) throws Exception {
        Path file = dir.resolve("p.cdcarch.json");
        files.write(file, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        files.write(file, project("a", "b"), "1.0", T2, ProjectFiles.SaveSteps.NONE);
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "the project keeps its mode");
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("p.cdcarch.json.bak"))),
                "the backup is as readable as the file it copies, no more");
    }

    /** A save killed mid-way leaves a hidden temporary file; the next save removes such leftovers, and only those. */
    @Test
    void aSaveRemovesTheLeftoversOfAKilledSaveAndNothingElse() throws Exception {
        Path file = dir.resolve("p.cdcarch.json");
        files.write(file, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600));
        Path killed = Files.writeString(dir.resolve(".p.cdcarch.json8123456.saving"), "{\"half");
        Path killedBackup = Files.writeString(dir.resolve(".p.cdcarch.json77.bak-saving"), "{");
        Files.setLastModifiedTime(killed, longAgo);
        Files.setLastModifiedTime(killedBackup, longAgo);
        Path running = Files.writeString(dir.resolve(".p.cdcarch.json999.saving"), "{\"another save still writing");
        Path users = Files.writeString(dir.resolve(".p.cdcarch.json.notes"), "mine");
        Files.setLastModifiedTime(users, longAgo);

        files.write(file, project("a", "b"), "1.0", T2, ProjectFiles.SaveSteps.NONE);

        assertTrue(Files.notExists(killed) && Files.notExists(killedBackup), "a killed save's temporary files are removed");
        assertTrue(Files.exists(running), "a recent temporary file may belong to a save still running");
        assertEquals("mine", Files.readString(users), "a file the tool did not create is never touched");
    }

    @Test
    void aNewProjectIsAnOrdinaryDocumentNotAPrivateTempFile() throws Exception {
        Path file = dir.resolve("new.cdcarch.json");
        files.write(file, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theSaveSaysWhetherAPreviousVersionWasKept() throws Exception {
        Path file = dir.resolve("p.cdcarch.json");
        assertEquals(java.util.Optional.empty(), files.write(file, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE),
                "a first save has nothing to keep");
        assertEquals(java.util.Optional.of(dir.resolve("p.cdcarch.json.bak").toAbsolutePath()),
                files.write(file, project("a", "b"), "1.0", T2, ProjectFiles.SaveSteps.NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "{\"formatVersion\": 2, \"designs\": []}", " [1]", "\n}", "\n// comment", "x\n"})
    void textAfterTheProjectIsRefusedWithWhereItStarts(String trailing) throws Exception {
        Path good = dir.resolve("good.cdcarch.json");
        files.write(good, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        byte[] valid = Files.readAllBytes(good);
        int lines = new String(valid, StandardCharsets.UTF_8).split("\n", -1).length;
        byte[] bytes = (new String(valid, StandardCharsets.UTF_8) + trailing).getBytes(StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("bad.cdcarch.json"), bytes);
        String message = assertThrows(ProjectFileException.class, () -> files.read(bad)).getMessage();
        assertTrue(message.contains("after the end of the project"), message);
        assertTrue(message.contains("line " + lines), "says where the project ended: " + message);
        assertTrue(message.contains("left untouched"), message);
        assertArrayEquals(bytes, Files.readAllBytes(bad), "never rewritten");
        ProjectFileException viaReader = assertThrows(ProjectFileException.class, () -> new DesignFileReader().read(bad.toString()));
        assertTrue(viaReader.getMessage().contains("after the end"), "the design-file reader refuses it too: " + viaReader.getMessage());
    }

    @Test
    void trailingWhitespaceIsFine() throws Exception {
        Path good = dir.resolve("good.cdcarch.json");
        files.write(good, project("a"), "1.0", T1, ProjectFiles.SaveSteps.NONE);
        Files.writeString(good, Files.readString(good) + "\n\n  \t\n");
        assertEquals(1, files.read(good).project().designs().size());
    }
}
