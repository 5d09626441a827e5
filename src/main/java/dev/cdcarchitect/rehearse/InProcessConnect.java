package dev.cdcarchitect.rehearse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.Callback;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A standalone Kafka Connect worker in this JVM, on a free loopback port, with the connectors found on the class
 * path (Debezium's PostgreSQL connector). Offsets go to a file in its temp folder; closing it removes the folder.
 */
public final class InProcessConnect implements AutoCloseable, ConnectWorker {

    private final Path folder;
    private Connect<StandaloneHerder> connect;

    private InProcessConnect(Path folder) {
        this.folder = folder;
    }

    /** @param workerSettings settings taken from the design's worker (override policy, topic creation) */
    public static InProcessConnect start(String bootstrapServers, Map<String, String> workerSettings) {
        Path folder = TempFolder.create("Kafka Connect");
        InProcessConnect worker = new InProcessConnect(folder);
        try {
            Map<String, String> props = standaloneSettings(workerSettings, bootstrapServers, LocalPorts.free(), folder);
            worker.connect = new ConnectStandalone().startConnect(props);
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e instanceof RehearsalException r ? r : new RehearsalException("the in-process Kafka Connect worker did not start: " + e.getMessage(), e);
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
        ConfigInfos validation = await(name, "validate", callback -> connect.herder().validateConnectorConfig(withName, callback));
        rejectInvalid(name, validation);
        InProcessConnect.<Herder.Created<ConnectorInfo>>await(name, "create",
                callback -> connect.herder().putConnectorConfig(name, withName, true, callback));
    }

    /** Fails with every field error Connect's validation found, in its own words. */
    static void rejectInvalid(String name, ConfigInfos validation) {
        if (validation.errorCount() == 0) return;
        List<String> errors = new ArrayList<>();
        for (ConfigInfo info : validation.configs()) {
            if (info.configValue() == null) continue;
            for (String error : info.configValue().errors()) errors.add(info.configValue().name() + ": " + error);
        }
        throw new RehearsalException("Kafka Connect's validation rejected the connector '" + name + "': " + String.join("; ", errors));
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
