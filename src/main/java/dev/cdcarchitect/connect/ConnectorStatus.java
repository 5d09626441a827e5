package dev.cdcarchitect.connect;

import java.util.List;

/**
 * {@code GET /connectors/{name}/status}: the connector's state and each task's, with the worker's stack trace of a
 * failure (https://kafka.apache.org/documentation/#connect_rest).
 *
 * @param trace null unless the connector FAILED
 */
public record ConnectorStatus(String state, String trace, List<Task> tasks) {

    public ConnectorStatus {
        tasks = List.copyOf(tasks);
    }

    /** @param trace null unless the task FAILED */
    public record Task(int id, String state, String trace) {}
}
