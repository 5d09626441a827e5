package dev.cdcarchitect.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.llm.check.AnswerChecker;
import dev.cdcarchitect.llm.check.CheckedAnswer;
import dev.cdcarchitect.llm.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer checker on good, incomplete, refusing, hostile and anti-pattern answers. */
class AnswerCheckerTest {

    static final String GOOD = """
            ## 1. CDC Engine Selection & Configuration
            - Debezium PostgreSQL connector with pgoutput.
            ## 2. Log Replication Protocol & Snapshot Strategy
            - Logical replication slot; incremental snapshots.
            ## 3. Schema Registry & Evolution Policy
            - Avro with BACKWARD_TRANSITIVE.
            ## 4. Event Streaming Topology (Partitioning & Ordering)
            - Key by primary key; acks=all.
            ## 5. Failure Domains & Recovery (Offset Management)
            - DLQ per sink.
            """;

    private final AnswerChecker checker = new AnswerChecker();

    @Test
    void aCompleteAnswerIsUsableAndSplitIntoTheFiveSections() {
        CheckedAnswer checked = checker.check(GOOD);
        assertTrue(checked.usable(), checked.findings().toString());
        assertEquals(List.of(), checked.findings());
        assertEquals(5, checked.sections().size());
        assertEquals("- Avro with BACKWARD_TRANSITIVE.", checked.sections().get(SpecSection.SCHEMA));
    }

    @Test
    void boldAndNumberedHeadingsCount() {
        String bold = GOOD.replaceAll("## (\\d)\\. (.*)", "**$1. $2**").replace("&", "and");
        assertTrue(checker.check(bold).usable(), checker.check(bold).findings().toString());
    }

    @Test
    void aMissingSectionMakesItUnusable() {
        CheckedAnswer checked = checker.check(GOOD.replace("## 3. Schema Registry & Evolution Policy\n", ""));
        assertFalse(checked.usable());
        assertTrue(checked.findings().contains(new Finding(Finding.Severity.ERROR, "section 3 \"Schema Registry & Evolution Policy\" is missing")));
    }

    @Test
    void reorderedSectionsAreReported() {
        String[] parts = GOOD.split("(?=## 4)");
        String swapped = parts[1].replace("## 5", "@@5").split("(?=@@5)")[0] + parts[0] + parts[1].split("(?=## 5)")[1];
        CheckedAnswer checked = checker.check(swapped);
        assertTrue(checked.findings().stream().anyMatch(f -> f.message().contains("not in the prompt's order")), checked.findings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"error\": \"unsafe\"}", "{\"error\":\"unsafe\"}", "```json\n{ \"error\" : \"unsafe\" }\n```", "{'error': 'unsafe'}",
            "I cannot help with that. {\"error\": \"unsafe\"}"})
    void refusalsAreNormalisedToTheExactString(String answer) {
        CheckedAnswer checked = checker.check(answer);
        assertTrue(checked.refusal());
        assertEquals(DesignResult.REFUSAL_JSON, checked.text());
        assertEquals(answer.equals(DesignResult.REFUSAL_JSON), checked.findings().isEmpty());
    }

    @Test
    void htmlScriptsAndRemoteImagesAreReported() {
        CheckedAnswer checked = checker.check(GOOD + "\n<script>alert(1)</script>\n![diagram](https://evil.example/x.png)\n");
        assertTrue(checked.findings().stream().anyMatch(f -> f.message().startsWith("contains raw HTML or script")));
        assertTrue(checked.findings().stream().anyMatch(f -> f.message().contains("remote image")));
        assertTrue(checked.usable(), "reported, not fatal: the text is shown sanitised");
    }

    @Test
    void antiPatternsAreReportedButNotTheirRejection() {
        String bad = GOOD + "\nUse a JDBC source connector with mode=timestamp to capture changes.\nSet acks=1 for speed.\n"
                + "Use round-robin partitioning for balance.\n";
        List<String> messages = checker.check(bad).findings().stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("query-based (polling)")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("acks=0/1")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("round-robin")), messages.toString());
        String rejecting = GOOD + "\nDo not use polling-based capture.\nNever use round-robin partitioning.\n";
        assertEquals(List.of(), checker.check(rejecting).findings());
    }
}
