package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --connect-url} against a scripted Connect REST API: versions, login, exit codes, read-only calls. */
class ValidateCommandTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path folder;

    private Path exportWithOneSource() throws Exception {
        Files.createDirectories(folder.resolve("connect"));
        Files.writeString(folder.resolve("connect/app-postgres-source.json"), """
                {"name": "app-postgres-source", "config": {"connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                 "database.password": "${file:/opt/kafka/secrets/postgres.properties:password}", "slot.name": "debezium_app"}}""");
        return folder;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void anOlderDebeziumOnTheClusterIsAVersionMismatchAndTheLoginIsSentButNeverShown() throws Exception {
        server.enqueue(json(200, "[{\"class\":\"io.debezium.connector.postgresql.PostgresConnector\",\"type\":\"source\",\"version\":\"3.4.0.Final\"}]"));
        server.enqueue(json(200, "{\"name\":\"io.debezium.connector.postgresql.PostgresConnector\",\"error_count\":0,\"groups\":[],\"configs\":[]}"));
        String url = server.url("/").toString().replace("http://", "http://ops:p%40ss-w0rd@");

        CliRun run = CliRun.of("validate", "--connect-url", url, "--configs", exportWithOneSource().toString());

        assertEquals(ExitCodes.CONNECT_FINDINGS, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("FAIL connect/app-postgres-source.json: connector.class \u2014 the cluster has "
                + "io.debezium.connector.postgresql.PostgresConnector 3.4.0.Final, the design is written for Debezium 3.6.1.Final"), run.out());
        assertFalse((run.out() + run.err()).contains("p@ss") || (run.out() + run.err()).contains("p%40ss"), run.out());
        RecordedRequest plugins = server.takeRequest();
        RecordedRequest validate = server.takeRequest();
        String basic = "Basic " + Base64.getEncoder().encodeToString("ops:p@ss-w0rd".getBytes(StandardCharsets.UTF_8));
        assertEquals(basic, plugins.getHeaders().get("Authorization"));
        assertEquals("GET /connector-plugins", plugins.getMethod() + " " + plugins.getTarget());
        assertEquals("PUT /connector-plugins/io.debezium.connector.postgresql.PostgresConnector/config/validate",
                validate.getMethod() + " " + validate.getTarget());
        String sent = validate.getBody().utf8();
        assertTrue(sent.contains("${file:/opt/kafka/secrets/postgres.properties:password}") && sent.contains("\"name\":\"app-postgres-source\""), sent);
        assertEquals(2, server.getRequestCount(), "two read-only calls, nothing else");
    }

    @Test
    void aCleanValidationExitsZero() throws Exception {
        server.enqueue(json(200, "[{\"class\":\"io.debezium.connector.postgresql.PostgresConnector\",\"type\":\"source\",\"version\":\"3.6.0.Final\"}]"));
        server.enqueue(json(200, "{\"name\":\"x\",\"error_count\":0,\"groups\":[],\"configs\":[{\"definition\":{\"name\":\"slot.name\"},"
                + "\"value\":{\"name\":\"slot.name\",\"value\":\"debezium_app\",\"errors\":[],\"visible\":true}}]}"));
        CliRun run = CliRun.of("validate", "--connect-url", server.url("/").toString(), "--configs", exportWithOneSource().toString());
        assertEquals(ExitCodes.SPEC, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("PASS connect/app-postgres-source.json"), run.out());
    }

    @Test
    void aRefusedLoginExitsNineAndSaysHowToGiveOne() throws Exception {
        server.enqueue(json(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}"));
        CliRun run = CliRun.of("validate", "--connect-url", server.url("/").toString(), "--configs", exportWithOneSource().toString());
        assertEquals(ExitCodes.CONNECT_UNAVAILABLE, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("HTTP 401") && run.err().contains("https://USER:PASSWORD@HOST:PORT"), run.err());
    }

    @Test
    void anUnreachableClusterExitsNine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of("validate", "--connect-url", "http://127.0.0.1:" + port, "--configs", exportWithOneSource().toString());
        assertEquals(ExitCodes.CONNECT_UNAVAILABLE, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("cannot reach Kafka Connect at http://127.0.0.1:" + port), run.err());
    }

    @Test
    void badInputExitsTwo() throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("validate", "--connect-url", "connect:8083", "--configs", exportWithOneSource().toString()).code());
        CliRun noExport = CliRun.of("validate", "--connect-url", "http://127.0.0.1:8083", "--configs", folder.resolve("nothing").toString());
        assertEquals(ExitCodes.BAD_INPUT, noExport.code());
        assertTrue(noExport.err().contains("has no connect/ folder"), noExport.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("validate", "--connect-url", "http://127.0.0.1:8083", "--configs", folder.toString(),
                "--source", "PostgreSQL 15").code());
        assertEquals(0, server.getRequestCount());
    }
}
