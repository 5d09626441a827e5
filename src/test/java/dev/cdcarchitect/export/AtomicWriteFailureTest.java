package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 4: files that belong together (the Markdown and its SVG) are replaced together or not at all,
 * and the message says exactly what happened. Disk full and failures mid-way are injected through
 * {@link FileOperations}; no special file system is needed.
 */
@Tag("adversarial")
class AtomicWriteFailureTest {

    @TempDir
    Path dir;

    /** The real operations, except that the call the test names fails like a full disk. */
    private static class Failing implements FileOperations {
        private final String failOn;
        private final Predicate<Path> where;
        private final int times;
        private int failed;

        Failing(String failOn, Predicate<Path> where, int times) {
            this.failOn = failOn;
            this.where = where;
            this.times = times;
        }

        private void maybeFail(String operation, Path path) throws IOException {
            if (operation.equals(failOn) && where.test(path) && failed < times) {
                failed++;
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeAndForce(Path file, byte[] content) throws IOException {
            maybeFail("write", file);
            FileOperations.SYSTEM.writeAndForce(file, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            maybeFail("move", to);
            FileOperations.SYSTEM.move(from, to);
        }

        @Override
        public void keepAside(Path original, Path aside) throws IOException {
            maybeFail("aside", original);
            FileOperations.SYSTEM.keepAside(original, aside);
        }
    }

    private static Predicate<Path> named(String name) {
        return p -> p.getFileName().toString().equals(name);
    }

    private static Predicate<Path> stagingOf(String name) {
        return p -> p.getFileName().toString().startsWith("." + name + ".");
    }

    private Map<Path, byte[]> oldPair() throws IOException {
        Files.writeString(dir.resolve("spec.svg"), "<svg>old</svg>");
        Files.writeString(dir.resolve("spec.md"), "# old");
        return newPair();
    }

    private Map<Path, byte[]> newPair() {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(dir.resolve("spec.svg"), "<svg>new</svg>".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("spec.md"), "# new".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private void assertOldPairOnly() throws IOException {
        assertEquals("<svg>old</svg>", Files.readString(dir.resolve("spec.svg")));
        assertEquals("# old", Files.readString(dir.resolve("spec.md")));
        assertEquals(List.of("spec.md", "spec.svg"), names(dir), "no temporary or aside files left");
    }

    @Test
    void diskFullWhileStagingTheSecondFileReplacesNothing() throws IOException {
        Map<Path, byte[]> files = oldPair();
        AtomicFiles atomic = new AtomicFiles(new Failing("write", stagingOf("spec.md"), 1));
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> atomic.replaceFiles(files));
        assertOldPairOnly();
        assertEquals("nothing was replaced", e.outcome());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }

    /** The SVG is already in place when the Markdown's move fails: the old SVG is put back. */
    @Test
    void aFailureAfterTheFirstFileMovedPutsTheOriginalBack() throws IOException {
        Map<Path, byte[]> files = oldPair();
        AtomicFiles atomic = new AtomicFiles(new Failing("move", named("spec.md"), 1));
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> atomic.replaceFiles(files));
        assertOldPairOnly();
        assertEquals("nothing was replaced", e.outcome(), "true: the SVG was put back");
    }

    /** When even putting the SVG back fails, the message says which file is new and where the old one is kept. */
    @Test
    void aFailedRollbackIsReportedExactly() throws IOException {
        Map<Path, byte[]> files = oldPair();
        FileOperations failing = new Failing("move", named("spec.md").or(named("spec.svg")), 99) {
            private int moves;

            @Override
            public void move(Path from, Path to) throws IOException {
                if (++moves == 1) FileOperations.SYSTEM.move(from, to); // the SVG goes in; every move after fails
                else super.move(from, to);
            }
        };
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> new AtomicFiles(failing).replaceFiles(files));
        assertEquals("<svg>new</svg>", Files.readString(dir.resolve("spec.svg")));
        assertEquals("# old", Files.readString(dir.resolve("spec.md")));
        assertTrue(e.outcome().contains("spec.svg was replaced"), e.outcome());
        assertTrue(e.outcome().contains("spec.md is unchanged"), e.outcome());
        String aside = names(dir).stream().filter(n -> n.startsWith(".spec.svg.")).findFirst().orElseThrow();
        assertTrue(e.outcome().contains(aside), "names where the previous SVG is kept: " + e.outcome());
        assertEquals("<svg>old</svg>", Files.readString(dir.resolve(aside)), "the previous SVG is kept, not deleted");
    }

    /**
     * The previous version a failure message names is the user's only copy: the next writes must not clear it away
     * as a leftover, however old it is (a hard link keeps the original's modification time). Before: deleted at once.
     */
    @Test
    void aPreviousVersionNamedByAFailureSurvivesLaterWrites() throws IOException {
        aFailedRollbackIsReportedExactly();
        String kept = names(dir).stream().filter(n -> n.startsWith(".spec.svg.")).findFirst().orElseThrow();
        Files.setLastModifiedTime(dir.resolve(kept), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))));
        AtomicFiles.write(dir.resolve("spec.svg"), "<svg>newer</svg>".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeTogether(oldPair());
        assertEquals("<svg>old</svg>", Files.readString(dir.resolve(kept)), "the previous SVG named in the message is still there");
    }

    @Test
    void newFilesThatCannotAllBeWrittenAreRemovedAgain() throws IOException {
        AtomicFiles atomic = new AtomicFiles(new Failing("move", named("spec.md"), 1));
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> atomic.replaceFiles(newPair()));
        assertEquals(List.of(), names(dir), "no lone SVG without its document");
        assertEquals("nothing was replaced", e.outcome());
    }

    @Test
    void keepingTheOriginalAsideFailingReplacesNothing() throws IOException {
        Map<Path, byte[]> files = oldPair();
        AtomicFiles atomic = new AtomicFiles(new Failing("aside", named("spec.md"), 1));
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> atomic.replaceFiles(files));
        assertOldPairOnly();
        assertEquals("nothing was replaced", e.outcome());
    }

    /** The real Markdown export through the exporter: a full disk at its second file leaves the old pair. */
    @Test
    void theMarkdownExportIsAPair() throws IOException {
        Path md = dir.resolve("spec.md");
        new DesignExporter().export(ExportFixtures.seed(), ExportFormat.MARKDOWN, md, ExportFixtures.A4);
        byte[] mdBefore = Files.readAllBytes(md);
        byte[] svgBefore = Files.readAllBytes(dir.resolve("spec.svg"));
        DesignExporter failing = new DesignExporter(new AtomicFiles(new Failing("move", named("spec.md"), 1)));
        DesignResultFixture other = new DesignResultFixture();
        assertThrows(WriteFailedException.class,
                () -> failing.export(other.design, ExportFormat.MARKDOWN, md, ExportFixtures.A4));
        assertArrayEquals(mdBefore, Files.readAllBytes(md));
        assertArrayEquals(svgBefore, Files.readAllBytes(dir.resolve("spec.svg")), "the SVG was not left replaced");
        assertEquals(List.of("spec.md", "spec.svg"), names(dir));
    }

    /** A design whose diagram differs from the seed's, so a replaced SVG would show. */
    private static final class DesignResultFixture {
        final dev.cdcarchitect.domain.DesignResult.Generated design =
                ExportFixtures.design("MySQL 8.0, 2 TB, 3k TPS", "Kafka to BigQuery and Redis");
    }

    @Test
    void aFolderThatCannotBeMovedInLeavesTheEarlierExport() throws IOException {
        Path out = dir.resolve("runnable");
        WriteFailedException e = replaceEarlierExportFailingFromMove(out, 2, 2); // moved aside; the new one fails
        assertEquals("old=1", Files.readString(out.resolve("worker.properties")));
        assertEquals(List.of("runnable"), names(dir));
        assertEquals("nothing was replaced", e.outcome());
    }

    /** Before: a failed restore was followed by deleting the moved-aside folder, losing the earlier export. */
    @Test
    void aFolderThatCannotBePutBackIsKeptAndNamed() throws IOException {
        Path out = dir.resolve("runnable");
        WriteFailedException e = replaceEarlierExportFailingFromMove(out, 2, Integer.MAX_VALUE);
        String aside = names(dir).stream().filter(n -> n.startsWith(".runnable.")).findFirst().orElseThrow(
                () -> new AssertionError("the earlier export was deleted"));
        assertEquals("old=1", Files.readString(dir.resolve(aside).resolve("worker.properties")));
        assertTrue(e.outcome().contains(aside), e.outcome());
        assertFalse(e.outcome().contains("nothing was replaced"), e.outcome());
    }

    @Test
    void aFolderNamedByAFailureSurvivesTheNextExport() throws IOException {
        Path out = dir.resolve("runnable");
        WriteFailedException e = replaceEarlierExportFailingFromMove(out, 2, Integer.MAX_VALUE);
        String kept = names(dir).stream().filter(n -> n.startsWith(".runnable.")).findFirst().orElseThrow();
        assertTrue(e.outcome().contains(kept), e.outcome());
        Files.setLastModifiedTime(dir.resolve(kept), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))));
        AtomicFiles.writeFolder(out, Map.of("worker.properties", "new=1".getBytes(StandardCharsets.UTF_8)));
        assertEquals("old=1", Files.readString(dir.resolve(kept).resolve("worker.properties")), "the earlier export named in the message is kept");
    }

    /** Writes an earlier export, then replaces it with renames number {@code first} to {@code last} failing. */
    private static WriteFailedException replaceEarlierExportFailingFromMove(Path out, int first, int last) throws IOException {
        AtomicFiles.writeFolder(out, Map.of("worker.properties", "old=1".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles atomic = new AtomicFiles(new Failing("move", p -> false, 0) {
            private int moves;

            @Override
            public void move(Path from, Path to) throws IOException {
                moves++;
                if (moves >= first && moves <= last) throw new IOException("No space left on device");
                FileOperations.SYSTEM.move(from, to);
            }
        });
        return assertThrows(WriteFailedException.class,
                () -> atomic.replaceFolder(out, Map.of("worker.properties", "new=1".getBytes(StandardCharsets.UTF_8))));
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
