package dev.cdcarchitect.rehearse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.Callback;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A standalone Kafka Connect worker in this JVM, on a free loopback port, with the connectors found on the class
 * path (Debezium's PostgreSQL connector). Offsets go to a file in its temp folder; closing it removes the folder.
 */
public final class InProcessConnect implements AutoCloseable, ConnectWorker {

    private final Path folder;
    private final int restPort;
    /** The worker's settings, kept to start it again after a stop. */
    private final Map<String, String> props = new LinkedHashMap<>();
    private boolean distributed;
    private Connect<? extends Herder> connect;

    private InProcessConnect(Path folder, int restPort) {
        this.folder = folder;
        this.restPort = restPort;
    }

    /** @param workerSettings settings taken from the design's worker (override policy, topic creation) */
    public static InProcessConnect start(String bootstrapServers, Map<String, String> workerSettings) {
        Path folder = TempFolder.create("Kafka Connect");
        InProcessConnect worker = new InProcessConnect(folder, LocalPorts.free());
        try {
            Map<String, String> props = worker.props;
            props.putAll(standaloneSettings(workerSettings, bootstrapServers, worker.restPort, folder));
            worker.connect = new ConnectStandalone().startConnect(props);
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e instanceof RehearsalException r ? r : new RehearsalException("the in-process Kafka Connect worker did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the worker as an operator would: a clean shutdown flushes the source offsets to the offsets file, which
     * {@link #startWorker()} reads back. A standalone worker keeps no connector configs: the caller puts its
     * connectors again, and they resume from the stored offsets.
     */
    public void stopWorker() {
        connect.stop();
        connect.awaitStop();
        connect = null;
    }

    /**
     * Starts the worker again after {@link #stopWorker()} on the same port: a standalone worker on the same offsets
     * file, a distributed one on the same group and internal topics (it reads its connectors back from them).
     */
    public void startWorker() {
        connect = distributed ? new ConnectDistributed().startConnect(props) : new ConnectStandalone().startConnect(props);
    }

    public boolean distributed() {
        return distributed;
    }

    /** The worker's REST API, e.g. for {@code validate --connect-url}. */
    public String restUrl() {
        return "http://127.0.0.1:" + restPort;
    }

    /**
     * A distributed worker ({@code connect-distributed.sh}) in this JVM, from the design's worker.properties made
     * local by {@link LocalWorkerProperties}: its group, internal topics (create them first from topics.json, or let
     * the worker create them) and exactly-once source support as exported. A design with
     * {@code exactly.once.source.support=enabled} needs this worker: a standalone worker has no exactly-once support.
     */
    public static InProcessConnect startDistributed(Map<String, String> localWorkerProperties) {
        Path folder = TempFolder.create("Kafka Connect");
        InProcessConnect worker = new InProcessConnect(folder, LocalPorts.free());
        try {
            Map<String, String> props = worker.props;
            worker.distributed = true;
            props.putAll(localWorkerProperties);
            props.put("listeners", worker.restUrl());
            // Connectors come from the class path's service manifests: no plugin.path scan.
            props.put("plugin.discovery", "service_load");
            worker.connect = new ConnectDistributed().startConnect(props);
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e instanceof RehearsalException r ? r : new RehearsalException("the in-process distributed Kafka Connect worker did not start: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The settings of a rehearsal's standalone worker: the design's worker settings, the local broker, a loopback REST
     * port and offsets in the worker's temp folder.
     */
    static Map<String, String> standaloneSettings(Map<String, String> workerSettings, String bootstrapServers, int port, Path folder) {
        Map<String, String> props = new LinkedHashMap<>(workerSettings);
        props.put("bootstrap.servers", bootstrapServers);
        props.put("listeners", "http://127.0.0.1:" + port);
        props.put("offset.storage.file.filename", folder.resolve("offsets").toString());
        props.put("offset.flush.interval.ms", "1000");
        // Confluent's Avro converter is not on Maven Central; JSON with schemas keeps the Struct keys visible.
        props.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.put("config.providers", "file");
        props.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        // Connectors come from service manifests (the class path's, and plugin.path's when set): no class scan.
        props.put("plugin.discovery", "service_load");
        return props;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Validates the config as {@code PUT /connector-plugins/CLASS/config/validate} does, then creates (or replaces) the
     * connector. Validating first gives the per-field errors: Connect 4.3's own report of them fails on fields
     * without a value (a NullPointerException in {@code AbstractHerder.maybeAddConfigErrors}).
     */
    public void putConnector(String name, Map<String, String> config) {
        Map<String, String> withName = new LinkedHashMap<>(config);
        withName.put("name", name);
        ConfigInfos validation;
        try {
            validation = await(name, "validate", callback -> connect.herder().validateConnectorConfig(withName, callback));
        } catch (RehearsalException e) {
            // An unknown connector class fails the validation call itself rather than its connector.class field.
            if (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("Failed to find any class that implements Connector")) {
                throw new ConnectorRejected(List.of(new ConnectorRejected.Problem("connector.class", config.get("connector.class"),
                        "no connector plugin of this class is installed on the worker.")));
            }
            throw e;
        }
        rejectInvalid(config, validation);
        InProcessConnect.<Herder.Created<ConnectorInfo>>await(name, "create",
                callback -> connect.herder().putConnectorConfig(name, withName, true, callback));
    }

    /** Fails with every field error Connect's validation found, in its own words, with the value each field had. */
    static void rejectInvalid(Map<String, String> config, ConfigInfos validation) {
        if (validation.errorCount() == 0) return;
        List<ConnectorRejected.Problem> problems = new ArrayList<>();
        for (ConfigInfo info : validation.configs()) {
            if (info.configValue() == null) continue;
            for (String error : info.configValue().errors()) {
                problems.add(new ConnectorRejected.Problem(info.configValue().name(), config.get(info.configValue().name()), error));
            }
        }
        throw new ConnectorRejected(problems);
    }

    private static <T> T await(String name, String step, java.util.function.Consumer<Callback<T>> call) {
        FutureCallback<T> done = new FutureCallback<>();
        call.accept(done);
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new RehearsalException("Kafka Connect could not " + step + " the connector '" + name + "': " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new RehearsalException("Kafka Connect did not " + step + " the connector '" + name + "' within 60 s.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while waiting for the connector '" + name + "'.", e);
        }
    }

    /** The connectors that exist on the worker (a read-only check proves it created none). */
    public java.util.Collection<String> connectorNames() {
        return InProcessConnect.<java.util.Collection<String>>await("(all)", "list", callback -> connect.herder().connectors(callback));
    }

    /** As {@code POST /connectors/NAME/restart?includeTasks=true&onlyFailed=true}: restarts only what failed. */
    public void restartFailedTasks(String name) {
        InProcessConnect.<org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo>await(name, "restart",
                callback -> connect.herder().restartConnectorAndTasks(new org.apache.kafka.connect.runtime.RestartRequest(name, true, true), callback));
    }

    public ConnectorStateInfo status(String name) {
        return connect.herder().connectorStatus(name);
    }

    @Override
    public void close() {
        try {
            if (connect != null) {
                connect.stop();
                connect.awaitStop();
            }
        } finally {
            TempFolder.delete(folder);
        }
    }
}
