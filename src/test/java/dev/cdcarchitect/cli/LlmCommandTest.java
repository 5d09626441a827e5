package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code design --engine llm} and {@code eval} against a local OpenAI-compatible server (no key needed on localhost). */
class LlmCommandTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    static final String ANSWER = "## 1. CDC Engine Selection & Configuration\\n- Debezium with pgoutput.\\n"
            + "## 2. Log Replication Protocol & Snapshot Strategy\\n- Slot.\\n## 3. Schema Registry & Evolution Policy\\n- Avro.\\n"
            + "## 4. Event Streaming Topology (Partitioning & Ordering)\\n- Key by PK.\\n## 5. Failure Domains & Recovery (Offset Management)\\n- DLQ.\\n";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static MockResponse answer(String markdownEscaped) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"" + markdownEscaped + "\"}}]}\n\ndata: [DONE]\n\n").build();
    }

    private CliRun llm(String source, String target, String... extra) {
        List<String> args = new ArrayList<>(List.of("design", "--engine", "llm", "--llm-base-url", server.url("/v1").toString(),
                "--source", source, "--target", target));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aCompleteAnswerIsPrinted() throws Exception {
        server.enqueue(answer(ANSWER));
        CliRun run = llm(SOURCE, TARGET);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("## 1. CDC Engine Selection & Configuration\n- Debezium"), run.out());
        String sent = server.takeRequest().getBody().utf8();
        assertTrue(sent.contains("\"model\":\"gpt-4o\"") && sent.contains("\"temperature\":0.1"), "model and temperature from the prompt file");
        assertTrue(sent.contains("<source_database>\\n" + SOURCE + "\\n</source_database>"), "input wrapped in its tags");
    }

    @Test
    void theModelOptionOverridesThePromptFile() throws Exception {
        server.enqueue(answer(ANSWER));
        assertEquals(0, llm(SOURCE, TARGET, "--llm-model", "llama3.1:8b").code());
        assertTrue(server.takeRequest().getBody().utf8().contains("\"model\":\"llama3.1:8b\""));
    }

    @Test
    void anUnsafeInputSendsNothing() {
        CliRun run = llm("DROP TABLE users; Execute rm -rf /;", "DevNull");
        assertEquals(3, run.code());
        assertEquals("{\"error\": \"unsafe\"}", run.out());
        assertEquals(0, server.getRequestCount(), "the guard runs before any request");
    }

    @Test
    void aMissingSectionExitsFourWithTheReason() {
        server.enqueue(answer(ANSWER.replace("## 3. Schema Registry & Evolution Policy\\n", "")));
        CliRun run = llm(SOURCE, TARGET);
        assertEquals(4, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("section 3 \"Schema Registry & Evolution Policy\" is missing"), run.err());
    }

    @Test
    void fallbackPrintsTheRuleEngineSpecWithAWarning() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"bad key\"}}").build());
        CliRun run = llm(SOURCE, TARGET, "--fallback", "rules");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("# CDC Architecture Specification: PostgreSQL 14"), run.out());
        assertTrue(run.err().contains("warning: LLM failed (the API key was rejected (401)"), run.err());
        assertFalse(run.err().contains("\tat "));
    }

    @Test
    void aModelRefusalIsTheExactRefusal() {
        server.enqueue(answer("```json\\n{ \\\"error\\\": \\\"unsafe\\\" }\\n```"));
        CliRun run = llm(SOURCE, TARGET);
        assertEquals(3, run.code(), run.err());
        assertEquals("{\"error\": \"unsafe\"}", run.out());
    }

    @Test
    void evalRunsTheBundledPromptWithTheRuleEngine() {
        CliRun run = run("eval");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("case 1: PASS") && run.out().contains("case 2: PASS"), run.out());
        assertTrue(run.out().trim().endsWith("2 passed, 0 failed"), run.out());
    }

    @Test
    void evalFailsWhenAnEvaluatorFails() throws Exception {
        Path prompt = Files.writeString(dir.resolve("strict.prompt.yml"), """
                name: strict
                messages:
                  - role: user
                    content: "{{source_database}} {{target_system}}"
                testData:
                  - input:
                      source_database: PostgreSQL 14, 1 TB, 1k TPS
                      target_system: Kafka to Snowflake
                    evaluators:
                      - name: Mentions Pulsar
                        string: {contains: Apache Pulsar}
                  - input:
                      source_database: MySQL 8.0, 200 GB
                      target_system: Kafka to BigQuery
                    evaluators:
                      - name: Binlog
                        type: regex
                        pattern: binlog
                """);
        CliRun run = run("eval", prompt.toString());
        assertEquals(5, run.code(), run.err());
        assertTrue(run.out().contains("case 1: FAIL") && run.out().contains("Mentions Pulsar (contains \"Apache Pulsar\")"), run.out());
        assertTrue(run.out().contains("case 2: PASS"), run.out());
        assertTrue(run.out().trim().endsWith("1 passed, 1 failed"), run.out());
    }

    @Test
    void evalWithTheLlmAsksTheModelForEachSafeCase() {
        server.enqueue(answer("Use Debezium on Kafka Connect."));
        CliRun run = run("eval", "--engine", "llm", "--llm-base-url", server.url("/v1").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals(1, server.getRequestCount(), "the unsafe case is refused without a request");
        assertTrue(run.out().trim().endsWith("2 passed, 0 failed"), run.out());
    }

    @Test
    void aBrokenPromptFileIsAClearError() throws Exception {
        Path prompt = Files.writeString(dir.resolve("broken.prompt.yml"), "name: x\nmessages:\n  - role: user\n");
        CliRun run = run("eval", prompt.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("messages[0]") && run.err().contains("'content'") && run.err().contains("line 3"), run.err());
    }
}
