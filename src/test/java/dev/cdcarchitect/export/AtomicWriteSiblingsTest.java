package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 1 and 4, the cases around one write: the leftovers of a killed write are cleared by the next one,
 * and writers racing on the same pair never leave a mixed pair or a leftover.
 */
@Tag("adversarial")
class AtomicWriteSiblingsTest {

    @TempDir
    Path dir;

    /** A write killed between keeping the original aside and renaming leaves a second name of the same file: that one goes. */
    @Test
    void aLeftoverSecondNameOfTheSameFileIsRemoved() throws Exception {
        Path target = dir.resolve("spec.md");
        Files.writeString(target, "the current export");
        Path link = dir.resolve(".spec.md.l1nk.cdc-old");
        Files.createLink(link, target);
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS)));

        AtomicFiles.write(target, "a newer export".getBytes(StandardCharsets.UTF_8));

        assertEquals("a newer export", Files.readString(target));
        assertEquals(List.of("spec.md"), names());
    }

    /** Two exports of different designs to the same Markdown path at once: the document and its diagram always match. */
    @Test
    void racingPairWritesNeverMix() throws Exception {
        Path md = dir.resolve("spec.md");
        Path svg = dir.resolve("spec.svg");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 120; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> writers = new ArrayList<>();
                for (String design : List.of("A" + round, "B" + round)) {
                    writers.add(pool.submit(() -> {
                        Map<Path, byte[]> pair = new LinkedHashMap<>();
                        pair.put(svg, ("<svg>" + design + "</svg>").getBytes(StandardCharsets.UTF_8));
                        pair.put(md, ("# " + design + "\n![diagram](spec.svg)\n").getBytes(StandardCharsets.UTF_8));
                        start.await();
                        AtomicFiles.writeTogether(pair);
                        return null;
                    }));
                }
                for (Future<?> writer : writers) writer.get();
                String design = Files.readString(md).lines().findFirst().orElseThrow().substring(2);
                assertArrayEquals(("<svg>" + design + "</svg>").getBytes(StandardCharsets.UTF_8), Files.readAllBytes(svg),
                        "round " + round + ": spec.md is from " + design + " but spec.svg is not");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("spec.md", "spec.svg"), names(), "no staged or kept-aside file is left");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
