package dev.cdcarchitect.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only part of Kafka Connect's REST API (https://kafka.apache.org/documentation/#connect_rest):
 * {@code GET /connector-plugins}, {@code PUT /connector-plugins/{class}/config/validate} and {@code GET /connectors}.
 * It has no method that creates, changes or deletes anything ({@link ConnectConnectors} does, for staging rehearsals). The JDK's HTTP client keeps OkHttp in the LLM client
 * (architecture rule) and is interruptible, so a cancelled window task stops waiting at once.
 */
public final class ConnectRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectUrl url;
    private final Duration timeout;
    private final HttpClient http;

    public ConnectRestClient(ConnectUrl url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public ConnectUrl url() {
        return url;
    }

    /** The connector plugins the cluster has installed, with their versions. */
    public List<InstalledPlugin> plugins() throws InterruptedException {
        JsonNode body = send(request("connector-plugins").GET(), "list the installed connector plugins");
        List<InstalledPlugin> out = new ArrayList<>();
        for (JsonNode p : body) out.add(new InstalledPlugin(p.path("class").asText(), p.path("type").asText(), p.path("version").asText()));
        return out;
    }

    /** The names of the connectors that exist on the cluster. */
    public List<String> connectors() throws InterruptedException {
        JsonNode body = send(request("connectors").GET(), "list the connectors");
        List<String> out = new ArrayList<>();
        body.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * Connect's per-field verdict on a connector config; it only validates, never creates the connector.
     * @throws ConnectRejectedException when Connect answers with an error status (e.g. the plugin is not installed)
     */
    public FieldErrors validate(String connectorClass, Map<String, String> config) throws InterruptedException {
        String path = "connector-plugins/" + URLEncoder.encode(connectorClass, StandardCharsets.UTF_8) + "/config/validate";
        JsonNode answer = send(request(path).header("Content-Type", "application/json")
                .PUT(json(config)), "validate " + connectorClass);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (JsonNode c : answer.path("configs")) {
            JsonNode value = c.path("value");
            List<String> messages = new ArrayList<>();
            value.path("errors").forEach(e -> messages.add(e.asText()));
            if (!messages.isEmpty()) errors.put(value.path("name").asText(c.path("definition").path("name").asText()), messages);
        }
        return new FieldErrors(answer.path("error_count").asInt(), errors);
    }

    /** A connector config as a JSON request body. */
    static HttpRequest.BodyPublisher json(Map<String, String> config) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a connector config could not be written as JSON", e);
        }
    }

    HttpRequest.Builder request(String relativePath) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(relativePath)).timeout(timeout).header("Accept", "application/json");
        url.basicAuthorization().ifPresent(v -> b.header("Authorization", v));
        return b;
    }

    JsonNode send(HttpRequest.Builder request, String what) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ConnectUnavailableException("Kafka Connect at " + url + " did not answer within " + timeout.toSeconds()
                    + " s (" + what + "). Check the URL and that the worker is running.", e);
        } catch (ConnectException e) {
            throw new ConnectUnavailableException("cannot reach Kafka Connect at " + url + " (connection refused or no route). "
                    + "Check the host, the port (Connect's REST default is 8083) and that the worker is running.", e);
        } catch (IOException e) {
            throw new ConnectUnavailableException("cannot talk to Kafka Connect at " + url + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ConnectUnavailableException("Kafka Connect at " + url + " refused the request (HTTP " + status + "). If the REST API "
                    + "needs a login, put it in the URL as https://USER:PASSWORD@HOST:PORT; it is sent as Basic authentication and never shown.");
        }
        JsonNode body;
        try {
            // DELETE and PUT .../stop answer 204 or 202 with no body.
            body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new ConnectUnavailableException("the answer from " + url + " (HTTP " + status + ", " + what + ") is not JSON: is this "
                    + "Kafka Connect's REST URL?", e);
        }
        if (status / 100 != 2) throw new ConnectRejectedException(status, body.path("message").asText("HTTP " + status));
        return body;
    }

    /** Connect's own error answer ({@code {"error_code": 500, "message": "..."}}). */
    public static final class ConnectRejectedException extends RuntimeException {
        private final int status;

        ConnectRejectedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** @param byField field name to Connect's messages, in Connect's order */
    public record FieldErrors(int errorCount, Map<String, List<String>> byField) {}
}
