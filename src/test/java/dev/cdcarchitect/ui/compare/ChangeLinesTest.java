package dev.cdcarchitect.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes list without a toolkit: section labels instead of numeric prefixes, values under every change. */
class ChangeLinesTest {

    private static MultiComparison.Named named(String name, String source, String target) {
        return new MultiComparison.Named(name, (DesignResult.Generated) new DesignService().design(source, target));
    }

    private final List<ChangeLines.Line> lines = ChangeLines.of(MultiComparison.of(List.of(
            named("3k", "MySQL 8.0 on RDS, 2 TB, 3k TPS, 200 tables", "Kafka to Snowflake"),
            named("50k", "MySQL 8.0 on RDS, 2 TB, 50k TPS, 200 tables", "Kafka to Snowflake"))));

    @Test
    void sectionsAreLabelledOnceInsteadOfNumberedOnEveryLine() {
        assertTrue(lines.stream().noneMatch(l -> l.text().matches("^\\d\\. .*")), "no '4. ' prefixes: " + lines);
        List<String> sections = lines.stream().filter(l -> l.style() == ChangeLines.Style.SECTION).map(ChangeLines.Line::text).toList();
        assertEquals(sections.stream().distinct().toList(), sections, "each section once");
        assertTrue(sections.contains("Section 4 · Event Streaming Topology (Partitioning & Ordering)"), sections.toString());
    }

    @Test
    void everyChangedDecisionIsFollowedByItsValues() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).style() == ChangeLines.Style.DECISION && lines.get(i).text().startsWith("Changed ")) {
                assertTrue(i + 1 < lines.size() && lines.get(i + 1).style() == ChangeLines.Style.VALUE, "no values under " + lines.get(i));
            }
        }
        int binlog = lines.stream().map(ChangeLines.Line::text).toList().indexOf(lines.stream()
                .filter(l -> l.text().startsWith("Changed mysql.binlog-retention")).findFirst().orElseThrow().text());
        assertEquals("“h (530.8 GB”  →  “h (8,847.4 GB”", lines.get(binlog + 1).text());
        assertFalse(lines.stream().anyMatch(l -> l.text().equals("No decision differs.")));
    }
}
