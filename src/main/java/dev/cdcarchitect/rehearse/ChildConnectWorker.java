package dev.cdcarchitect.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/**
 * A standalone Kafka Connect worker in a child JVM whose class path has Kafka but no Debezium, with connectors from
 * {@code plugin.path} only, reached over its REST API. A connector of another Debezium version than the one on this
 * JVM's class path runs there as it would on a real cluster: in this JVM, Connect's plugin class loader also sees the
 * class path's Debezium service files and fails (docs/decisions/0013).
 */
final class ChildConnectWorker implements ConnectWorker, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path folder;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private ChildConnectWorker(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** @param workerSettings settings taken from the design's worker, plus {@code plugin.path} */
    static ChildConnectWorker start(String bootstrapServers, Map<String, String> workerSettings) {
        ChildConnectWorker worker = new ChildConnectWorker(TempFolder.create("Kafka Connect child"), LocalPorts.free());
        try {
            worker.launch(bootstrapServers, workerSettings);
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e;
        }
    }

    private void launch(String bootstrapServers, Map<String, String> workerSettings) {
        Properties props = new Properties();
        props.putAll(InProcessConnect.standaloneSettings(workerSettings, bootstrapServers, port, folder));
        Path properties = folder.resolve("worker.properties");
        try (var out = Files.newBufferedWriter(properties)) {
            props.store(out, "rehearsal worker");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-cp", classPathWithoutDebezium(), "org.apache.kafka.connect.cli.ConnectStandalone",
                    properties.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("worker.log").toFile()).start();
        } catch (IOException e) {
            throw new RehearsalException("cannot start a Kafka Connect worker in " + folder + " (" + e.getMessage() + ").", e);
        }
        awaitRest();
    }

    /** This JVM's class path less every Debezium jar: the plugin folder brings the connector's own. */
    private static String classPathWithoutDebezium() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("debezium-"))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("mysql-binlog-connector-java"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitRest() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new RehearsalException("the Kafka Connect worker stopped at start-up (exit " + process.exitValue() + ")." + logTail());
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/connector-plugins")).GET()).statusCode() == 200) return;
            } catch (RehearsalException notYet) {
                // the REST server is not listening yet
            }
            sleep();
        }
        throw new RehearsalException("the Kafka Connect worker did not answer on port " + port + " within "
                + START_TIMEOUT.toSeconds() + " s." + logTail());
    }

    @Override
    public void putConnector(String name, Map<String, String> config) {
        Map<String, String> withName = new LinkedHashMap<>(config);
        withName.put("name", name);
        String body = write(withName);
        HttpResponse<String> validation = send(HttpRequest.newBuilder(uri("/connector-plugins/"
                + URLEncoder.encode(config.get("connector.class"), StandardCharsets.UTF_8) + "/config/validate"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        JsonNode result = read(validation, "validate");
        if (result.path("error_count").asInt() > 0) {
            List<String> errors = new ArrayList<>();
            for (JsonNode field : result.path("configs")) {
                for (JsonNode error : field.path("value").path("errors")) errors.add(field.path("value").path("name").asText() + ": " + error.asText());
            }
            throw new RehearsalException("Kafka Connect's validation rejected the connector '" + name + "': " + String.join("; ", errors));
        }
        read(send(HttpRequest.newBuilder(uri("/connectors/" + name + "/config")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))), "create");
    }

    @Override
    public ConnectorStateInfo status(String name) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/connectors/" + name + "/status")).GET());
        if (response.statusCode() == 404) {
            // created but not started yet: the same answer the in-process herder gives before the first status
            return new ConnectorStateInfo(name, new ConnectorStateInfo.ConnectorState("UNASSIGNED", "", null, null), List.of(), null);
        }
        try {
            return JSON.readValue(read(response, "read the status of").toString(), ConnectorStateInfo.class);
        } catch (IOException e) {
            throw new RehearsalException("the status of the connector '" + name + "' is not readable: " + e.getMessage(), e);
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RehearsalException("the Kafka Connect worker on port " + port + " did not answer (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while talking to the Kafka Connect worker.", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response, String step) {
        try {
            JsonNode body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            if (response.statusCode() >= 300) {
                throw new RehearsalException("Kafka Connect could not " + step + " the connector: HTTP " + response.statusCode() + " "
                        + body.path("message").asText(response.body()));
            }
            return body;
        } catch (IOException e) {
            throw new RehearsalException("Kafka Connect answered " + step + " with unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String write(Map<String, String> config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (IOException e) {
            throw new RehearsalException("the connector config cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("worker.log"));
            return "\nWorker log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while the Kafka Connect worker started.", e);
        }
    }

    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                process.destroy(); // SIGTERM: Connect's shutdown hook stops the connector and flushes offsets
                if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            TempFolder.delete(folder);
        }
    }
}
