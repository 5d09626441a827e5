package dev.cdcarchitect.safety;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs every row of src/test/resources/safety/corpus.tsv through the guard: unsafe inputs placed in design
 * descriptions (several languages and encodings) must be refused, benign look-alikes must pass. All failing rows
 * are listed at once, and the rates are printed and written to target/safety-corpus-report.txt.
 */
@Tag("adversarial")
class SafetyCorpusTest {

    private static final String CORPUS = "/safety/corpus.tsv";
    private static final Path REPORT = Path.of("target", "safety-corpus-report.txt");

    record Row(int line, boolean unsafe, String category, String form, String text) {}

    /** Caught (unsafe rows) or refused (safe rows) out of a total. */
    private static final class Tally {
        int hits;
        int total;

        void add(boolean hit) {
            total++;
            if (hit) hits++;
        }

        @Override
        public String toString() {
            return hits + "/" + total;
        }
    }

    private final SafetyGuard guard = new SafetyGuard();

    @Test
    void everyUnsafeRowIsRefusedAndEveryBenignRowPasses() throws IOException {
        List<Row> rows = rows();
        long unsafeRows = rows.stream().filter(Row::unsafe).count();
        assertTrue(unsafeRows >= 200 && rows.size() - unsafeRows >= 200,
                "the corpus needs at least 200 unsafe and 200 benign rows, has " + unsafeRows + " and " + (rows.size() - unsafeRows));

        Tally caught = new Tally();
        Tally refused = new Tally();
        Map<String, Tally> caughtByCategory = new TreeMap<>();
        Map<String, Tally> refusedByCategory = new TreeMap<>();
        Map<String, Tally> caughtByForm = new TreeMap<>();
        Map<String, Tally> refusedByForm = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            SafetyVerdict verdict = guard.check(row.text, "Kafka to Snowflake and Elasticsearch");
            boolean refusedRow = !verdict.safe();
            Tally total = row.unsafe ? caught : refused;
            total.add(refusedRow);
            (row.unsafe ? caughtByCategory : refusedByCategory).computeIfAbsent(row.category, k -> new Tally()).add(refusedRow);
            (row.unsafe ? caughtByForm : refusedByForm).computeIfAbsent(row.form, k -> new Tally()).add(refusedRow);
            if (row.unsafe != refusedRow) {
                failures.add("line " + row.line + " [" + row.category + ", " + row.form + "] "
                        + (row.unsafe ? "MISSED: " : "REFUSED (" + verdict.category() + ": " + verdict.evidence() + "): ") + row.text);
            }
        }

        String report = "Safety corpus (" + CORPUS + "): " + rows.size() + " rows\n"
                + "unsafe caught: " + caught + "\n"
                + "benign refused: " + refused + String.format(" (false-refusal rate %.1f %%)%n", 100.0 * refused.hits / refused.total)
                + "unsafe caught by category: " + caughtByCategory + "\n"
                + "benign refused by look-alike category: " + refusedByCategory + "\n"
                + "unsafe caught by language/encoding: " + caughtByForm + "\n"
                + "benign refused by language/encoding: " + refusedByForm + "\n"
                + (failures.isEmpty() ? "" : "failing rows:\n" + String.join("\n", failures) + "\n");
        System.out.print(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        if (!failures.isEmpty()) fail(failures.size() + " corpus rows judged wrongly:\n" + String.join("\n", failures));
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SafetyCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertNotNull(in, CORPUS);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) fail("corpus line " + (i + 1) + " needs 4 tab-separated columns, has " + cols.length);
                if (!cols[0].equals("unsafe") && !cols[0].equals("safe")) fail("corpus line " + (i + 1) + ": expected is " + cols[0]);
                rows.add(new Row(i + 1, cols[0].equals("unsafe"), cols[1], cols[2], cols[3].replace("\\t", "\t").replace("\\n", "\n")));
            }
        }
        return rows;
    }
}
