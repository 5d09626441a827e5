package dev.cdcarchitect.rehearse;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
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
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.runtime.rest.RestClient;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.rest.errors.ConnectRestException;

/**
 * A standalone Kafka Connect worker in a child JVM whose class path has Kafka but no Debezium, with connectors from
 * {@code plugin.path} only, reached over its REST API. A connector of another Debezium version than the one on this
 * JVM's class path runs there as it would on a real cluster: in this JVM, Connect's plugin class loader also sees the
 * class path's Debezium service files and fails (docs/decisions/0013). Requests go through Connect's own REST client
 * and entities, the types the REST API is defined with.
 */
final class ChildConnectWorker implements ConnectWorker, AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path folder;
    private final int port;
    /** Plain HTTP on loopback: no TLS settings. */
    private final RestClient rest = new RestClient(new AbstractConfig(new ConfigDef(), Map.of()));
    private Process process;
    /** How the worker was launched, kept to start it again after a stop. */
    private String mainClass;
    private Map<String, String> settings;
    private String readyPath;

    private ChildConnectWorker(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** @param workerSettings settings taken from the design's worker, plus {@code plugin.path} */
    static ChildConnectWorker start(String bootstrapServers, Map<String, String> workerSettings) {
        return start("org.apache.kafka.connect.cli.ConnectStandalone", "/connector-plugins",
                (port, folder) -> InProcessConnect.standaloneSettings(workerSettings, bootstrapServers, port, folder));
    }

    /**
     * A distributed worker ({@code connect-distributed.sh}) from the design's worker.properties made local by
     * {@link LocalWorkerProperties} (with {@code plugin.path}): its group, internal topics and exactly-once source
     * support as exported. A design with {@code exactly.once.source.support=enabled} needs it: a standalone worker has
     * no exactly-once support (https://kafka.apache.org/documentation/#connect_exactlyoncesource). It is ready once
     * {@code GET /health} answers 200: the worker has joined its group and read its config topic (KIP-1017).
     */
    static ChildConnectWorker startDistributed(Map<String, String> localWorkerProperties) {
        return start("org.apache.kafka.connect.cli.ConnectDistributed", "/health", (port, folder) -> {
            Map<String, String> props = new LinkedHashMap<>(localWorkerProperties);
            props.put("listeners", "http://127.0.0.1:" + port);
            // Connectors come from plugin.path's service manifests: no class scan.
            props.put("plugin.discovery", "service_load");
            return props;
        });
    }

    private static ChildConnectWorker start(String mainClass, String readyPath,
                                            java.util.function.BiFunction<Integer, Path, Map<String, String>> settings) {
        ChildConnectWorker worker = new ChildConnectWorker(TempFolder.create("Kafka Connect child"), LocalPorts.free());
        try {
            worker.readyPath = readyPath;
            worker.launch(mainClass, settings.apply(worker.port, worker.folder));
            worker.awaitRest(readyPath);
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e;
        }
    }

    /**
     * Stops the worker as an operator would (SIGTERM: Connect's shutdown hook stops the connector and flushes or
     * commits its offsets); {@link #startWorker()} starts it again on the same port and folder.
     */
    void stopWorker() {
        stopProcess();
    }

    /**
     * Starts the worker again after {@link #stopWorker()}: a standalone worker on the same offsets file (the caller puts
     * its connector again), a distributed one on the same group and internal topics (it reads its connector back).
     */
    void startWorker() {
        launch(mainClass, settings);
        awaitRest(readyPath);
    }

    private void launch(String mainClass, Map<String, String> settings) {
        this.mainClass = mainClass;
        this.settings = settings;
        Properties props = new Properties();
        props.putAll(settings);
        Path properties = folder.resolve("worker.properties");
        try (var out = Files.newBufferedWriter(properties)) {
            props.store(out, "rehearsal worker");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-cp", classPathWithoutDebezium(), mainClass, properties.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("worker.log").toFile())).start();
        } catch (IOException e) {
            throw new RehearsalException("cannot start a Kafka Connect worker in " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    /**
     * This JVM's class path less every Debezium jar: the plugin folder brings the connector's own. The installed
     * application's class path is its jar, whose manifest lists the libraries: those are listed one by one instead,
     * so the Debezium jars among them can be left out too.
     */
    private static String classPathWithoutDebezium() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .flatMap(ChildConnectWorker::withManifestClassPath)
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("debezium-"))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("mysql-binlog-connector-java"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Stream<String> withManifestClassPath(String entry) {
        if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) return Stream.of(entry);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
            java.util.jar.Manifest manifest = jar.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (listed == null || listed.isBlank()) return Stream.of(entry);
            Path base = Path.of(entry).getParent();
            return Stream.of(listed.trim().split("\\s+")).map(relative -> base.resolve(relative).toString());
        } catch (IOException e) {
            return Stream.of(entry);
        }
    }

    private void awaitRest(String readyPath) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new RehearsalException("the Kafka Connect worker stopped at start-up (exit " + process.exitValue() + ")." + logTail());
            }
            try {
                if (rest.httpRequest(url(readyPath), "GET", null, null, new TypeReference<Object>() { }).status() == 200) return;
            } catch (ConnectRestException notYet) {
                // the REST server is not listening yet, or the worker is still starting (503 from /health)
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
        ConfigInfos validation = request(name, "validate", "/connector-plugins/"
                + URLEncoder.encode(config.get("connector.class"), StandardCharsets.UTF_8) + "/config/validate", "PUT", withName,
                new TypeReference<ConfigInfos>() { });
        InProcessConnect.rejectInvalid(config, validation);
        request(name, "create", "/connectors/" + name + "/config", "PUT", withName, new TypeReference<ConnectorInfo>() { });
    }

    @Override
    public ConnectorStateInfo status(String name) {
        try {
            return rest.httpRequest(url("/connectors/" + name + "/status"), "GET", null, null, new TypeReference<ConnectorStateInfo>() { }).body();
        } catch (ConnectRestException e) {
            if (e.statusCode() != 404) throw new RehearsalException("Kafka Connect could not read the status of the connector '" + name + "': " + e.getMessage(), e);
            // created but not started yet: no status so far
            return new ConnectorStateInfo(name, new ConnectorStateInfo.ConnectorState("UNASSIGNED", "", null, null), List.of(), null);
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private <T> T request(String name, String step, String path, String method, Object body, TypeReference<T> type) {
        try {
            return rest.httpRequest(url(path), method, null, body, type).body();
        } catch (ConnectRestException e) {
            throw new RehearsalException("Kafka Connect could not " + step + " the connector '" + name + "': " + e.getMessage(), e);
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

    /**
     * Ends the rehearsal's worker for good. Its offsets and folder are thrown away, so nothing a graceful stop would save
     * is read again: the process is killed rather than stopped (stopping waited seconds for the connector's task;
     * {@link #stopWorker()}, which the restart check rehearses, stays graceful).
     */
    @Override
    public void close() {
        try {
            killProcess();
        } finally {
            TempFolder.delete(folder);
        }
    }

    private void killProcess() {
        if (process == null || !process.isAlive()) return;
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the worker's process ended (128 + signal when a signal ended it), or null while it runs. */
    Integer exitStatus() {
        return process == null || process.isAlive() ? null : process.exitValue();
    }

    private void stopProcess() {
        try {
            if (process != null && process.isAlive()) {
                process.destroy(); // SIGTERM: Connect's shutdown hook stops the connector and flushes offsets
                if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
