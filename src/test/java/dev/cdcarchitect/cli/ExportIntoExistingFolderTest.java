package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 1: {@code export --format configs --out DIR} replaces only a folder an earlier export wrote (it
 * carries the marker file) or an empty one; any other folder is refused, byte for byte untouched.
 */
@Tag("adversarial")
class ExportIntoExistingFolderTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    private static final String MARKER = ".cdc-architect-export";

    @TempDir
    Path dir;

    private static CliRun exportConfigs(Path out) {
        return CliRun.of("export", "--source", SOURCE, "--target", TARGET, "--format", "configs", "--out", out.toString());
    }

    @Test
    void theCurrentProjectFolderIsRefusedAndUntouched() throws IOException {
        Path project = dir.resolve("my-project");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve("src/main/java/App.java"), "class App {}");
        Files.writeString(project.resolve("review.cdcarch.json"), "{\"formatVersion\": 2, \"designs\": []}");
        assertRefusedAndUntouched(project);
    }

    /** The literal case of the report: {@code --out .} run from inside a project, in a process of its own. */
    @Test
    void dotRunFromInsideAProjectIsRefusedAndUntouched() throws Exception {
        Path project = repository(dir.resolve("my-project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Map<String, byte[]> before = contents(project);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(javaBin, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "dev.cdcarchitect.app.Launcher", "export", "--source", SOURCE, "--target", TARGET, "--format", "configs", "--out", ".")
                .directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(ExitCodes.BAD_INPUT, cli.exitValue(), output);
        assertTrue(output.contains("not an earlier export"), output);
        assertUnchanged(before, project);
        assertEquals(List.of("my-project"), names(dir));
    }

    @Test
    void aRepositoryWithGitIsRefusedAndUntouched() throws IOException {
        assertRefusedAndUntouched(repository(dir.resolve("repo")));
    }

    private static Path repository(Path folder) throws IOException {
        Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        return folder;
    }

    @Test
    void aFolderWithOneUnrelatedFileIsRefusedAndUntouched() throws IOException {
        Path folder = dir.resolve("downloads");
        Files.createDirectories(folder);
        Files.write(folder.resolve("holiday.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2});
        assertRefusedAndUntouched(folder);
    }

    /** Looking like an export (its files) is not enough: only the marker says the tool wrote the folder. */
    @Test
    void aFolderThatOnlyLooksLikeAnExportIsRefused() throws IOException {
        Path folder = dir.resolve("hand-made");
        Files.createDirectories(folder.resolve("connect"));
        Files.writeString(folder.resolve("worker.properties"), "bootstrap.servers=mine:9092\n");
        assertRefusedAndUntouched(folder);
    }

    @Test
    void anEarlierExportIsReplacedWholeAndCarriesTheMarker() throws IOException {
        Path out = dir.resolve("runnable");
        assertEquals(0, exportConfigs(out).code());
        assertTrue(Files.exists(out.resolve(MARKER)), "every folder export is marked");
        Map<String, byte[]> first = contents(out);
        Files.writeString(out.resolve("connect/stale-connector.json"), "{}");
        CliRun again = exportConfigs(out);
        assertEquals(0, again.code(), again.err());
        assertFalse(Files.exists(out.resolve("connect/stale-connector.json")), "replaced, not merged");
        Map<String, byte[]> second = contents(out);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name + " byte-identical run to run"));
        assertEquals(List.of("runnable"), names(dir), "no temporary or old folder left");
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = exportConfigs(empty);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(empty.resolve("worker.properties")));
        assertTrue(Files.exists(empty.resolve(MARKER)));
        assertEquals(List.of("empty"), names(dir));
    }

    private void assertRefusedAndUntouched(Path folder) throws IOException {
        Map<String, byte[]> before = contents(folder);
        List<String> siblingsBefore = names(dir);
        CliRun run = exportConfigs(folder);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--out"), run.err());
        assertTrue(run.err().contains(folder.toString()), "names the folder: " + run.err());
        assertTrue(run.err().contains("not an earlier export"), run.err());
        assertTrue(run.err().contains("new or empty folder"), "says what to do: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertUnchanged(before, folder);
        assertEquals(siblingsBefore, names(dir), "nothing written beside it");
    }

    private static void assertUnchanged(Map<String, byte[]> before, Path folder) throws IOException {
        Map<String, byte[]> after = contents(folder);
        assertEquals(before.keySet(), after.keySet(), "same file list");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " byte for byte"));
    }

    /** Every file and folder below {@code root} by relative path; folders map to an empty array. */
    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(root)) continue;
                all.put(root.relativize(p).toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return all;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
