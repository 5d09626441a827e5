package dev.cdcarchitect.topology.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The one wrapping rule for node names: breaks after separators, keeps every character, cuts only overlong parts. */
class NameLinesTest {

    /** Every character one unit wide, so the expected lines can be counted by hand. */
    private static final ToDoubleFunction<String> CHARS = String::length;

    @Test
    void breaksAfterSeparatorsAndGivesTheNameBack() {
        List<String> lines = NameLines.wrap("connect-app-elasticsearch-sink", CHARS, 20);
        assertEquals(List.of("connect-app-", "elasticsearch-sink"), lines);
        assertEquals(List.of("PostgreSQL 14 ", "(self-managed)"), NameLines.wrap("PostgreSQL 14 (self-managed)", CHARS, 16));
        assertEquals(List.of("__debezium-", "heartbeat.app"), NameLines.wrap("__debezium-heartbeat.app", CHARS, 16));
    }

    @Test
    void aTrailingSpaceTakesNoRoom() {
        assertEquals(List.of("Schema registry"), NameLines.wrap("Schema registry", CHARS, 15));
        assertEquals(List.of("Schema ", "registry"), NameLines.wrap("Schema registry", CHARS, 14));
    }

    @Test
    void onlyAPartLongerThanALineIsCutInside() {
        assertEquals(List.of("x".repeat(10), "x".repeat(10), "xxx"), NameLines.wrap("x".repeat(23), CHARS, 10));
        assertEquals(List.of("Redis"), NameLines.wrap("Redis", CHARS, 100));
        assertEquals(List.of(""), NameLines.wrap("", CHARS, 10));
    }

    @Test
    void joiningTheLinesAlwaysGivesTheNameBack() {
        for (String name : List.of("dlq.app-elasticsearch-sink", "a/b/c_d e-f.g", "__x__", "x.", "--", "very-long-name-without-room"))
            for (int width = 1; width < 30; width++) {
                List<String> lines = NameLines.wrap(name, CHARS, width);
                assertEquals(name, String.join("", lines), name + " at " + width);
                for (String line : lines) assertTrue(line.stripTrailing().length() <= Math.max(1, width), line + " at " + width);
            }
    }
}
