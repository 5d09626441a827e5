package dev.cdcarchitect.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of Kafka Connect's REST API that creates, stops and deletes connectors
 * (https://kafka.apache.org/documentation/#connect_rest), for a rehearsal on the user's staging cluster. It goes
 * through {@link ConnectRestClient}'s requests (same authentication, timeouts and error messages), which stays
 * read-only for {@code validate --connect-url}. Stopping and deleting offsets need Connect 3.5 / 3.6 or newer (KIP-875).
 */
public final class ConnectConnectors {

    private final ConnectRestClient rest;

    public ConnectConnectors(ConnectRestClient rest) {
        this.rest = rest;
    }

    public ConnectRestClient rest() {
        return rest;
    }

    /** {@code PUT /connectors/{name}/config}: creates the connector, or replaces the config of an existing one. */
    public void put(String name, Map<String, String> config) throws InterruptedException {
        rest.send(rest.request(path(name, "config")).header("Content-Type", "application/json").PUT(ConnectRestClient.json(config)),
                "create the connector " + name);
    }

    /** {@code GET /connectors/{name}/status}. */
    public ConnectorStatus status(String name) throws InterruptedException {
        JsonNode body = rest.send(rest.request(path(name, "status")).GET(), "read the status of " + name);
        List<ConnectorStatus.Task> tasks = new ArrayList<>();
        for (JsonNode t : body.path("tasks")) tasks.add(new ConnectorStatus.Task(t.path("id").asInt(), t.path("state").asText(), text(t.path("trace"))));
        JsonNode connector = body.path("connector");
        return new ConnectorStatus(connector.path("state").asText(), text(connector.path("trace")), tasks);
    }

    /** {@code POST /connectors/{name}/restart?includeTasks=true&onlyFailed=true}: restarts only what failed. */
    public void restartFailed(String name) throws InterruptedException {
        rest.send(rest.request(path(name, "restart?includeTasks=true&onlyFailed=true")).POST(HttpRequest.BodyPublishers.noBody()),
                "restart the failed tasks of " + name);
    }

    /** {@code PUT /connectors/{name}/stop}: shuts its tasks down, keeping its config and offsets. */
    public void stop(String name) throws InterruptedException {
        rest.send(rest.request(path(name, "stop")).PUT(HttpRequest.BodyPublishers.noBody()), "stop " + name);
    }

    /** {@code PUT /connectors/{name}/resume}: starts a stopped or paused connector again. */
    public void resume(String name) throws InterruptedException {
        rest.send(rest.request(path(name, "resume")).PUT(HttpRequest.BodyPublishers.noBody()), "resume " + name);
    }

    /** {@code DELETE /connectors/{name}/offsets}: removes a stopped connector's offsets from the cluster. */
    public void deleteOffsets(String name) throws InterruptedException {
        rest.send(rest.request(path(name, "offsets")).DELETE(), "delete the offsets of " + name);
    }

    /** {@code DELETE /connectors/{name}}. */
    public void delete(String name) throws InterruptedException {
        rest.send(rest.request(path(name, "")).DELETE(), "delete the connector " + name);
    }

    private static String path(String name, String rest) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "connectors/" + encoded + (rest.isEmpty() ? "" : "/" + rest);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
