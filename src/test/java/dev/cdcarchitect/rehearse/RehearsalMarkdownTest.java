package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.rehearse.check.Check;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RehearsalMarkdownTest {

    @Test
    void aFailedCheckIsAtTheTopAndEvidenceCannotBreakTheTable() {
        RehearsalReport report = new RehearsalReport(List.of(new Check("topics", true, "9 topics"),
                new Check("source connector", false, "connect/a.json: x=a|b — rejected\nFix: y")), List.of("database.port: 5432 -> 1234"),
                Duration.ofMillis(7000), Duration.ofMillis(21500), List.of("One local broker."));
        String md = RehearsalMarkdown.render("PostgreSQL 14 -> Kafka -> Snowflake", report);
        assertTrue(md.contains("**Failed**: 1 of 2 checks passed. Starting the components took 7.0 s, the workload and checks 21.5 s."), md);
        String row = md.lines().filter(l -> l.startsWith("| source connector")).findFirst().orElseThrow();
        assertTrue(row.endsWith("|") && row.split("(?<!\\\\)\\|").length == 4, "one row of three cells: " + row);
        assertTrue(md.contains("- database.port: 5432 -&gt; 1234") || md.contains("- database.port: 5432 -> 1234"), md);
        assertTrue(md.contains("## What this rehearsal does not prove\n\n- One local broker."), md);
    }
}
