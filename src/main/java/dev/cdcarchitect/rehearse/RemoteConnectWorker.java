package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.connect.ConnectConnectors;
import dev.cdcarchitect.connect.ConnectRestClient;
import dev.cdcarchitect.connect.ConnectUnavailableException;
import dev.cdcarchitect.connect.ConnectorStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorType;

/**
 * The user's Kafka Connect cluster ({@code --connect-url}) as the rehearsal's worker: connectors are validated with
 * {@code PUT /connector-plugins/{class}/config/validate}, then created with {@code PUT /connectors/{name}/config}
 * (https://kafka.apache.org/documentation/#connect_rest). It remembers every connector it created, so the clean-up
 * deletes those and nothing else.
 */
final class RemoteConnectWorker implements ConnectWorker {

    /** Connect's answer for a connector class no worker has (validate endpoint). */
    private static final String NO_SUCH_PLUGIN = "Failed to find any class that implements Connector";

    private final ConnectConnectors connectors;
    private final Path folder;
    private final Set<String> created = new LinkedHashSet<>();

    RemoteConnectWorker(ConnectConnectors connectors, Path folder) {
        this.connectors = connectors;
        this.folder = folder;
    }

    String shownUrl() {
        return connectors.rest().url().shown();
    }

    @Override
    public void putConnector(String name, Map<String, String> config) {
        Map<String, String> withName = new LinkedHashMap<>(config);
        withName.put("name", name);
        ConnectRestClient.FieldErrors errors;
        try {
            errors = call(() -> connectors.rest().validate(config.getOrDefault("connector.class", ""), withName));
        } catch (ConnectRestClient.ConnectRejectedException e) {
            if (String.valueOf(e.getMessage()).contains(NO_SUCH_PLUGIN)) {
                throw new ConnectorRejected(List.of(new ConnectorRejected.Problem("connector.class", config.get("connector.class"),
                        "no connector plugin of this class is installed on the staging cluster at " + shownUrl() + ".")));
            }
            throw new RehearsalException("the staging cluster at " + shownUrl() + " could not validate " + name + ": " + e.getMessage(), e);
        }
        if (errors.errorCount() > 0) {
            List<ConnectorRejected.Problem> problems = new ArrayList<>();
            errors.byField().forEach((field, messages) -> messages.forEach(m -> problems.add(new ConnectorRejected.Problem(field, config.get(field), m))));
            throw new ConnectorRejected(problems);
        }
        created.add(name); // before the call: a timeout may still have created it
        try {
            call(() -> {
                connectors.put(name, withName);
                return null;
            });
        } catch (ConnectRestClient.ConnectRejectedException e) {
            throw new RehearsalException("the staging cluster at " + shownUrl() + " did not create " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectorStateInfo status(String name) {
        ConnectorStatus s = call(() -> connectors.status(name));
        List<ConnectorStateInfo.TaskState> tasks = s.tasks().stream()
                .map(t -> new ConnectorStateInfo.TaskState(t.id(), t.state(), null, t.trace(), null)).toList();
        return new ConnectorStateInfo(name, new ConnectorStateInfo.ConnectorState(s.state(), null, s.trace(), null), tasks, ConnectorType.UNKNOWN);
    }

    void restartFailedTasks(String name) {
        call(() -> {
            connectors.restartFailed(name);
            return null;
        });
    }

    /** Stops the run's connectors (never the user's workers): their tasks shut down and commit their offsets. */
    void stopConnectors() {
        for (String name : created) call(() -> {
            connectors.stop(name);
            return null;
        });
    }

    void resumeConnectors() {
        for (String name : created) call(() -> {
            connectors.resume(name);
            return null;
        });
    }

    /** The connectors this run created, in creation order. */
    List<String> created() {
        return List.copyOf(created);
    }

    /** Stops it, deletes its offsets (Connect 3.6+; best effort) and deletes it; null when done, else why not. */
    String delete(String name) {
        try {
            call(() -> {
                connectors.stop(name);
                return null;
            });
            try {
                // Deleting offsets needs the STOPPED state, which the worker reaches a moment after the call.
                awaitStopped(name);
                call(() -> {
                    connectors.deleteOffsets(name);
                    return null;
                });
            } catch (RuntimeException offsetsStay) {
                // Older clusters keep a deleted connector's offsets; they are keyed by this run's unique name.
            }
            call(() -> {
                connectors.delete(name);
                return null;
            });
            return null;
        } catch (ConnectRestClient.ConnectRejectedException e) {
            return e.status() == 404 ? null : name + " (" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return name + " (" + e.getMessage() + ")";
        }
    }

    /** The connectors on the cluster now. */
    List<String> existing() {
        return call(() -> connectors.rest().connectors());
    }

    private void awaitStopped(String name) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && !"STOPPED".equals(call(() -> connectors.status(name)).state())) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RehearsalException("interrupted while stopping " + name + ".", e);
            }
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws InterruptedException;
    }

    /** Connect's own refusals pass through; an unreachable cluster and a cancel become the rehearsal's errors. */
    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ConnectUnavailableException e) {
            throw new RehearsalException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RehearsalException("interrupted while talking to Kafka Connect at " + shownUrl() + ".", e);
        }
    }
}
