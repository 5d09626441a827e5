package dev.cdcarchitect.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The differing words of two similar texts: marked in place, and listed as before → after with a word of context. */
class WordDiffTest {

    private static String marked(List<WordDiff.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Span s : spans) out.append(s.differs() ? "[" + s.text() + "]" : s.text());
        return out.toString();
    }

    @Test
    void aChangedNumberIsMarkedAndListedWithItsContext() {
        WordDiff diff = WordDiff.of("a cluster of 3 workers with 4 vCPU", "a cluster of 8 workers with 4 vCPU");
        assertEquals("a cluster of [3] workers with 4 vCPU", marked(diff.a()));
        assertEquals("a cluster of [8] workers with 4 vCPU", marked(diff.b()));
        assertEquals(List.of(new WordDiff.Change("of 3 workers", "of 8 workers")), diff.changes());
    }

    @Test
    void wordsAddedAtTheEndOfALongTextAreTheOnlyOnesMarked() {
        String base = "PostgreSQL 14 (self-managed), 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
        WordDiff diff = WordDiff.of(base, base + " Protobuf serialization.");
        assertEquals(base + " [Protobuf serialization.]", marked(diff.b()));
        assertEquals(base, marked(diff.a()), "nothing of the first text is missing from the second");
        assertEquals(List.of(new WordDiff.Change("keys.", "keys. Protobuf serialization.")), diff.changes());
    }

    @Test
    void severalRunsAreSeparateChangesAndSpacingIsKept() {
        WordDiff diff = WordDiff.of("MySQL 8.0,  2 TB,\n3k TPS", "MySQL 8.0,  5 TB,\n50k TPS");
        assertEquals("MySQL 8.0,  [5] TB,\n[50k] TPS", marked(diff.b()));
        assertEquals(2, diff.changes().size(), diff.changes().toString());
        assertTrue(WordDiff.of("same words", "same   words").changes().isEmpty(), "only spacing differs: nothing to show");
    }

    @Test
    void veryLongTextsStayFastAndStillMarkTheirMiddle() {
        String a = "word ".repeat(6000) + "old " + "tail ".repeat(10);
        String b = "word ".repeat(6000) + "new " + "tail ".repeat(10);
        long start = System.nanoTime();
        WordDiff diff = WordDiff.of(a, b);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "linear in the common start and end");
        assertEquals(List.of(new WordDiff.Change("word old tail", "word new tail")), diff.changes());
    }
}
