package dev.cdcarchitect.connect;

import dev.cdcarchitect.connect.ConnectRestClient.ConnectRejectedException;
import dev.cdcarchitect.connect.ConnectRestClient.FieldErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends each exported connector config to Kafka Connect's {@code PUT /connector-plugins/{class}/config/validate}
 * and lists, per field, what Connect rejects, which plugins the cluster lacks ({@code GET /connector-plugins}) and
 * which are installed in another version than the design's. Read-only: it never creates a connector.
 *
 * <p>Placeholders are sent as the export wrote them: {@code ${file:...}} and {@code ${env:...}} are references the
 * cluster's own config providers resolve, so no secret is read or sent from this machine; {@code *.change-me.invalid}
 * host names are not secrets and make Connect's connection test fail, which the finding then says.
 */
public final class ConnectValidation {

    private static final Pattern UNFILLED = Pattern.compile(".*(\\.change-me\\.invalid|<[A-Za-z][^<>]*>).*");
    private static final Pattern UNREADABLE_FILE = Pattern.compile("Could not read properties from file (\\S+)");
    private static final Pattern PROVIDER_REFERENCE = Pattern.compile(".*\\$\\{(file|env|directory):.*");

    private final ConnectRestClient client;
    private final DesignedVersions versions;

    public ConnectValidation(ConnectRestClient client, DesignedVersions versions) {
        this.client = client;
        this.versions = versions;
    }

    /** @param progress one line per step, for the window's log (the CLI ignores it) */
    public ValidationReport validate(List<ConnectorFile> connectors, Consumer<String> progress) throws InterruptedException {
        progress.accept("Asking " + client.url() + " for its installed connector plugins");
        List<InstalledPlugin> installed = client.plugins();
        List<Finding> findings = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ConnectorFile c : connectors) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException("validation cancelled");
            progress.accept("Validating " + c.file() + " (" + c.connectorClass() + ")");
            List<Finding> found = check(c, installed);
            if (found.isEmpty()) clean.add(c.file());
            findings.addAll(found);
            placeholderNote(c).ifPresent(notes::add);
        }
        if (connectors.stream().anyMatch(c -> c.config().values().stream().anyMatch(v -> PROVIDER_REFERENCE.matcher(v).matches()))) {
            notes.add("${file:...}/${env:...} references were sent as written: the cluster's own config providers resolve them; "
                    + "no secret was read or sent from this machine.");
        }
        return new ValidationReport(client.url().shown(), findings, clean, notes);
    }

    private List<Finding> check(ConnectorFile c, List<InstalledPlugin> installed) throws InterruptedException {
        String connectorClass = c.connectorClass();
        if (connectorClass.isBlank()) {
            return List.of(new Finding(Finding.Kind.FIELD_ERROR, c.file(), "connector.class", "missing: every connector config needs the class of its plugin."));
        }
        Optional<InstalledPlugin> plugin = installed.stream().filter(p -> p.matches(connectorClass)).findFirst();
        if (plugin.isEmpty()) return List.of(missing(c));
        List<Finding> out = new ArrayList<>();
        versions.mismatch(plugin.get()).ifPresent(m -> out.add(new Finding(Finding.Kind.VERSION_MISMATCH, c.file(), "connector.class", m)));
        Map<String, String> body = new LinkedHashMap<>(c.config());
        body.putIfAbsent("name", c.name()); // the REST API adds it when a connector is created; validation expects it too
        FieldErrors errors;
        try {
            errors = client.validate(plugin.get().className(), body);
        } catch (ConnectRejectedException e) {
            // A plugin removed between the two calls, or Connect failing on the config: say what Connect said.
            if (e.getMessage().contains("Failed to find any class")) return List.of(missing(c));
            List<Finding> unreadable = unreadableSecretFile(c, e.getMessage());
            if (!unreadable.isEmpty()) {
                out.addAll(unreadable);
                return out;
            }
            out.add(new Finding(Finding.Kind.CONNECT_ERROR, c.file(), "connector.class", "Kafka Connect answered HTTP " + e.status()
                    + " instead of a validation: " + e.getMessage()));
            return out;
        }
        errors.byField().forEach((field, messages) -> {
            for (String message : messages) out.add(new Finding(Finding.Kind.FIELD_ERROR, c.file(), field, message + placeholderHint(c, field)));
        });
        if (errors.errorCount() > 0 && errors.byField().isEmpty()) {
            out.add(new Finding(Finding.Kind.FIELD_ERROR, c.file(), "(config)", "Kafka Connect counts " + errors.errorCount()
                    + " errors but names no field."));
        }
        return out;
    }

    /**
     * Connect resolves {@code ${file:PATH:key}} before it validates; a file its workers cannot read fails the whole call
     * (HTTP 500, "Could not read properties from file PATH"). Said per field that reads that file.
     */
    private static List<Finding> unreadableSecretFile(ConnectorFile c, String connectMessage) {
        Matcher m = UNREADABLE_FILE.matcher(connectMessage);
        if (!m.find()) return List.of();
        String path = m.group(1).strip();
        List<Finding> out = new ArrayList<>();
        c.config().forEach((field, value) -> {
            if (value.contains("${file:" + path + ":")) {
                out.add(new Finding(Finding.Kind.FIELD_ERROR, c.file(), field, "the Connect workers cannot read the secret file " + path
                        + " this field refers to: create it on every worker (readable by the worker's user) with the keys the "
                        + "export's README lists, or point the reference at your own secret file."));
            }
        });
        return out;
    }

    private static Finding missing(ConnectorFile c) {
        return new Finding(Finding.Kind.MISSING_PLUGIN, c.file(), "connector.class", "the plugin " + c.connectorClass()
                + " is not installed on this Connect cluster (not in GET /connector-plugins). Install it on every worker's "
                + "plugin.path and restart the workers.");
    }

    private static String placeholderHint(ConnectorFile c, String field) {
        String value = c.config().getOrDefault(field, "");
        if (value.contains("${env:")) return " (the value is the reference '" + value + "': the workers need config.providers=env and that variable)";
        return UNFILLED.matcher(value).matches() ? " (the value is still the export's placeholder '" + value + "': fill it in)" : "";
    }

    private static Optional<String> placeholderNote(ConnectorFile c) {
        List<String> fields = c.config().entrySet().stream().filter(e -> UNFILLED.matcher(e.getValue()).matches()).map(Map.Entry::getKey).toList();
        if (fields.isEmpty()) return Optional.empty();
        return Optional.of(c.file() + ": " + String.join(", ", fields) + (fields.size() == 1 ? " is" : " are") + " still the export's placeholder host; Connect cannot test "
                + "the connection until it is filled in (validate the edited folder with --configs).");
    }
}
