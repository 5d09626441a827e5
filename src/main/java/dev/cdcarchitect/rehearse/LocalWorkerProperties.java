package dev.cdcarchitect.rehearse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The exported {@code worker.properties} for an in-process distributed worker: group, internal topics, exactly-once
 * source support, override policy, config providers and timings stay as exported; only what can only be local
 * changes, each change listed ({@link #changes()}) for the report:
 * <ul>
 *   <li>{@code bootstrap.servers}: the in-process broker ({@code listeners} is set by {@link InProcessConnect});</li>
 *   <li>client TLS/SASL settings: left out, the local broker is plaintext (as for the connectors);</li>
 *   <li>{@code *.replication.factor}: 1, one local broker;</li>
 *   <li>converters: JsonConverter, Confluent's Avro converter is not on Maven Central (docs/decisions/0012);</li>
 *   <li>{@code plugin.path}: left out, the connectors come from the class path's service manifests; or, for a
 *       worker in a child JVM, the local plugin folder ({@link #withPluginPath(Path)}).</li>
 * </ul>
 */
public final class LocalWorkerProperties {

    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";

    private final List<String> changes = new ArrayList<>();
    private Path pluginPath;

    /** The local {@code plugin.path} in place of the exported one (a worker whose connectors come from a plugin folder). */
    public LocalWorkerProperties withPluginPath(Path folder) {
        this.pluginPath = folder;
        return this;
    }

    public Map<String, String> apply(String workerProperties, String bootstrapServers) {
        Properties exported = new Properties();
        try {
            exported.load(new StringReader(workerProperties));
        } catch (IOException | IllegalArgumentException e) {
            throw new RehearsalException("the exported worker.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(exported).forEach((k, v) -> {
            String key = String.valueOf(k);
            String value = String.valueOf(v);
            if (key.equals("plugin.path") && pluginPath != null) {
                return; // set below, with or without an exported value
            } else if (LocalSubstitutions.SECURITY_KEY.matcher(key).matches()) {
                changes.add("worker " + key + ": left out (the local broker is plaintext; TLS/SASL is not rehearsed)");
            } else if (key.equals("plugin.path") || key.matches("(key|value)\\.converter\\..+")) {
                changes.add("worker " + key + ": left out (" + (key.equals("plugin.path") ? "connectors come from the class path"
                        : "a setting of the exported converter, which is replaced") + ")");
            } else {
                String local = localValue(key, value, bootstrapServers);
                if (!local.equals(value)) changes.add("worker " + key + ": " + value + " -> " + local);
                out.put(key, local);
            }
        });
        if (pluginPath != null) {
            out.put("plugin.path", pluginPath.toString());
            changes.add("worker plugin.path: " + exported.getProperty("plugin.path", "(none)") + " -> " + pluginPath
                    + " (the connector plugin folder on this machine)");
        }
        return out;
    }

    private static String localValue(String key, String value, String bootstrapServers) {
        if (key.equals("bootstrap.servers")) return bootstrapServers;
        if (key.endsWith("replication.factor") && value.matches("\\d+") && Integer.parseInt(value) > 1) return "1";
        if (key.equals("key.converter") || key.equals("value.converter")) return JSON_CONVERTER;
        return value;
    }

    public List<String> changes() {
        return List.copyOf(changes);
    }
}
