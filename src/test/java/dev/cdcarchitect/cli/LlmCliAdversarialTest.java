package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.client.RawSseServer;
import dev.cdcarchitect.llm.client.SecretScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code design --engine llm} as a user runs it: a separate process with the key in its environment (so the real
 * key path is taken) against servers that repeat the key, send 50 MB, or refuse a benign input.
 */
@Tag("adversarial")
class LlmCliAdversarialTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    private static final String KEY = "sk-proj-Cli5Hw8Zq2Lm7Xv4Bn9Tr";
    private static final String PASSWORD = "cli-Pa55w0rd-7Hx";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    /** The launcher in a new JVM with this test's classpath, {@code OPENAI_API_KEY} set, and a small heap. */
    private Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "dev.cdcarchitect.app.Launcher"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OPENAI_API_KEY", KEY);
        Process process = builder.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the command finished");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run design(String baseUrl, String... extra) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("design", "--engine", "llm", "--llm-base-url", baseUrl, "--source", SOURCE, "--target", TARGET));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    private static void assertNoSecret(Run run) {
        SecretScan.assertNoSecret(run.out() + "\n" + run.err(), KEY, PASSWORD);
    }

    private static MockResponse status(int code, String message) {
        return new MockResponse.Builder().code(code).addHeader("Retry-After", "0").body("{\"error\":{\"message\":\"" + message + "\"}}").build();
    }

    @Test
    void keysRepeatedByTheServerNeverReachStdoutOrStderr() throws Exception {
        server.enqueue(status(401, "Incorrect API key provided: " + KEY));
        Run unauthorised = design(server.url("/v1").toString());
        assertEquals(ExitCodes.LLM_FAILED, unauthorised.code(), unauthorised.err());
        assertNoSecret(unauthorised);

        for (int i = 0; i < 4; i++) server.enqueue(status(429, "upstream rejected header Authorization=Bearer " + KEY));
        Run retried = design(server.url("/v1").toString(), "--fallback", "rules");
        assertEquals(ExitCodes.SPEC, retried.code(), retried.err());
        assertTrue(retried.err().contains("retrying in") && retried.err().contains("warning: LLM failed"), retried.err());
        assertNoSecret(retried);

        for (int i = 0; i < 4; i++) server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        Run userInfo = design(server.url("/v1").toString().replace("://", "://architect:" + PASSWORD + "@"));
        assertTrue(userInfo.err().contains("could not reach"), userInfo.err());
        assertNoSecret(userInfo);
    }

    @Test
    void aFiftyMegabyteAnswerUnderASmallHeapFallsBack() throws Exception {
        try (RawSseServer huge = new RawSseServer(RawSseServer.tokens(50))) {
            Run run = design(huge.baseUrl(), "--fallback", "rules");
            assertEquals(ExitCodes.SPEC, run.code(), run.err());
            assertTrue(run.out().startsWith("# CDC Architecture Specification"), run.out().substring(0, Math.min(200, run.out().length())));
            assertTrue(run.err().contains("warning: LLM failed (the answer exceeded 1048576 characters"), run.err());
        }
    }

    private MockResponse refusal() {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"{\\\"error\\\": \\\"unsafe\\\"}\"}}]}\n\ndata: [DONE]\n\n").build();
    }

    @Test
    void aModelRefusalOfABenignInputFallsBackWhenAskedTo() {
        server.enqueue(refusal());
        CliRun run = CliRun.of("design", "--engine", "llm", "--llm-base-url", server.url("/v1").toString(), "--source", SOURCE,
                "--target", TARGET, "--fallback", "rules");
        assertEquals(ExitCodes.SPEC, run.code(), run.err());
        assertTrue(run.out().startsWith("# CDC Architecture Specification: PostgreSQL 14"), run.out());
        assertTrue(run.err().contains("warning: the model refused the input as unsafe"), run.err());
    }

    @Test
    void aModelRefusalWithoutFallbackIsStillTheRefusal() {
        server.enqueue(refusal());
        CliRun run = CliRun.of("design", "--engine", "llm", "--llm-base-url", server.url("/v1").toString(), "--source", SOURCE, "--target", TARGET);
        assertEquals(ExitCodes.REFUSED, run.code(), run.err());
        assertEquals("{\"error\": \"unsafe\"}", run.out());
    }
}
