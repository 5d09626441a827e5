package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.prompt.Evaluator;
import dev.cdcarchitect.llm.prompt.EvaluatorTooSlowException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prompt file's evaluator pattern with catastrophic backtracking ends with a clear error instead of running forever. */
@Tag("adversarial")
class BoundedEvaluatorTest {

    static final String EVIL = "(.*.*.*)*ZZZ";

    @TempDir
    Path dir;

    @Test
    void aRunawayPatternStopsWithItsNameAndPattern() {
        Evaluator check = new Evaluator.RegexCheck("Ends in ZZZ", Pattern.compile(EVIL));
        String answer = "Debezium on Kafka Connect with pgoutput. ".repeat(200);
        EvaluatorTooSlowException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(EvaluatorTooSlowException.class, () -> check.passes(answer)));
        assertTrue(e.getMessage().contains("Ends in ZZZ") && e.getMessage().contains(EVIL) && e.getMessage().contains("simplify it"), e.getMessage());
    }

    @Test
    void anOrdinaryPatternStillWorksOnALongAnswer() {
        Evaluator check = new Evaluator.RegexCheck("Binlog", Pattern.compile("(?i)binlog\\s+retention"));
        String answer = "Kafka topics and connectors. ".repeat(20_000) + "Binlog retention 7 days.";
        assertTrue(check.passes(answer));
        assertFalse(check.passes(answer.replace("Binlog", "WAL")));
    }

    @Test
    void evalReportsTheRunawayPatternAsBadInput() throws Exception {
        Path prompt = Files.writeString(dir.resolve("evil.prompt.yml"), """
                name: evil
                messages:
                  - role: user
                    content: "{{source_database}} {{target_system}}"
                testData:
                  - input:
                      source_database: PostgreSQL 14, 1 TB, 1k TPS
                      target_system: Kafka to Snowflake
                    evaluators:
                      - name: Backtracker
                        type: regex
                        pattern: "%s"
                """.formatted(EVIL));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("eval", prompt.toString()));
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("Backtracker") && run.err().contains(EVIL) && run.err().contains("took too long"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
