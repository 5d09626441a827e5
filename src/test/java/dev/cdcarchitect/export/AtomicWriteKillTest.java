package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 4: a process killed with SIGKILL in the middle of writing a pair leaves every file whole (old or
 * new, never half), at most hidden {@code .cdc-new}/{@code .cdc-old} siblings, and the next write removes those.
 */
@Tag("adversarial")
class AtomicWriteKillTest {

    private static final int SIZE = 4 * 1024 * 1024;

    @TempDir
    Path dir;

    /** The child process: writes the pair over and over, alternating its content, until killed. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            Path folder = Path.of(args[0]);
            boolean ready = false;
            for (long round = 0; ; round++) {
                byte fill = (byte) ('a' + round % 2);
                AtomicFiles.writeTogether(pair(folder, fill));
                if (!ready) {
                    System.out.println("ready");
                    System.out.flush();
                    ready = true;
                }
            }
        }
    }

    static Map<Path, byte[]> pair(Path folder, byte fill) {
        byte[] content = new byte[SIZE];
        Arrays.fill(content, fill);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(folder.resolve("spec.svg"), content);
        files.put(folder.resolve("spec.md"), content);
        return files;
    }

    @Test
    void killedMidWriteLeavesWholeFilesAndTheNextWriteCleansUp() throws Exception {
        Random random = new Random(14);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("ready", out.readLine(), "the writer started");
                Thread.sleep(20 + random.nextInt(200));
            } finally {
                child.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            for (String name : List.of("spec.svg", "spec.md")) assertWhole(dir.resolve(name));
            for (String name : names()) {
                assertTrue(name.equals("spec.svg") || name.equals("spec.md") || name.matches("\\.spec\\.(svg|md)\\.[0-9a-z]+\\.cdc-(new|old)"),
                        "only the pair and hidden staging files: " + name);
            }
        }
        for (String name : names()) {
            if (name.startsWith(".")) Files.setLastModifiedTime(dir.resolve(name), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        AtomicFiles.writeTogether(pair(dir, (byte) 'c'));
        assertEquals(List.of("spec.md", "spec.svg"), names(), "the next write removed what the killed ones left");
    }

    private static void assertWhole(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(SIZE, bytes.length, file + " is whole");
        byte first = bytes[0];
        assertTrue(first == 'a' || first == 'b', file + " holds one write's content");
        for (byte b : bytes) {
            if (b != first) throw new AssertionError(file + " mixes two writes");
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
