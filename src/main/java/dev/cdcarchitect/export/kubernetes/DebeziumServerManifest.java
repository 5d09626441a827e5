package dev.cdcarchitect.export.kubernetes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Debezium Operator's {@code DebeziumServer} resource (debezium.io/v1alpha1, the operator's only version) for the
 * plain export's {@code application.properties}: every {@code debezium.*} setting lands in the operator field that
 * writes it back under the same name (source, sink, format, offset and schema history stores), so the server runs
 * the same configuration. The {@code ${NAME}} values come from a Secret turned into environment variables.
 */
final class DebeziumServerManifest {

    static final String API_VERSION = "debezium.io/v1alpha1";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private DebeziumServerManifest() {}

    /** The environment variables the properties name, sorted: the keys of the server's Secret. */
    static Set<String> variables(String properties) {
        Set<String> out = new TreeSet<>();
        Matcher m = VARIABLE.matcher(properties);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static Map<String, Object> build(String name, String properties, String namespace, String envSecret) {
        Map<String, String> settings = ordered(properties);
        Map<String, Object> root = Manifests.object(API_VERSION, "DebeziumServer", name, namespace, Map.of(), Map.of());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("version", ConnectPlugins.DEBEZIUM_VERSION);
        spec.put("sink", sink(settings));
        Map<String, Object> format = format(settings);
        if (!format.isEmpty()) spec.put("format", format);
        spec.put("source", source(settings));
        Map<String, Object> quarkus = quarkus(settings);
        if (!quarkus.isEmpty()) spec.put("quarkus", quarkus);
        spec.put("runtime", runtime(envSecret));
        List<String> left = settings.keySet().stream().filter(k -> !k.startsWith("debezium.sink.") && !k.startsWith("debezium.format.")
                && !k.startsWith("debezium.source.") && !k.startsWith("quarkus.")).toList();
        if (!left.isEmpty()) throw new IllegalStateException("the DebeziumServer resource has no field for " + left);
        root.put("spec", spec);
        return root;
    }

    private static Map<String, Object> sink(Map<String, String> settings) {
        String type = settings.getOrDefault("debezium.sink.type", "kafka");
        Map<String, Object> sink = new LinkedHashMap<>();
        sink.put("type", type);
        sink.put("config", strip(settings, "debezium.sink." + type + "."));
        return sink;
    }

    /** debezium.format.key=avro and debezium.format.key.* become format.key {type, config}. */
    private static Map<String, Object> format(Map<String, String> settings) {
        Map<String, Object> format = new LinkedHashMap<>();
        for (String part : List.of("key", "value", "header")) {
            String type = settings.get("debezium.format." + part);
            Map<String, String> config = strip(settings, "debezium.format." + part + ".");
            if (type == null && config.isEmpty()) continue;
            Map<String, Object> f = new LinkedHashMap<>();
            if (type != null) f.put("type", type);
            if (!config.isEmpty()) f.put("config", config);
            format.put(part, f);
        }
        return format;
    }

    /**
     * The operator writes offset.* and schema.history.internal.* from its own store fields after the source config
     * (a default file store and a 60 s flush otherwise), so the design's stores go there as custom stores.
     */
    private static Map<String, Object> source(Map<String, String> settings) {
        Map<String, String> all = strip(settings, "debezium.source.");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("class", all.remove("connector.class"));
        Map<String, Object> offset = new LinkedHashMap<>();
        String flush = all.remove("offset.flush.interval.ms");
        if (flush != null) offset.put("flushMs", Long.parseLong(flush));
        String offsetStore = all.remove("offset.storage");
        if (offsetStore != null) offset.put("store", store(offsetStore, take(all, "offset.storage.")));
        if (!offset.isEmpty()) source.put("offset", offset);
        String history = all.remove("schema.history.internal");
        if (history != null) source.put("schemaHistory", Map.of("store", store(history, take(all, "schema.history.internal."))));
        source.put("config", all);
        return source;
    }

    private static Map<String, Object> store(String type, Map<String, String> config) {
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("type", type);
        store.put("config", config);
        return store;
    }

    private static Map<String, Object> quarkus(Map<String, String> settings) {
        Map<String, String> config = strip(settings, "quarkus.");
        return config.isEmpty() ? Map.of() : Map.of("config", config);
    }

    private static Map<String, Object> runtime(String envSecret) {
        Map<String, Object> runtime = new LinkedHashMap<>();
        runtime.put("environment", Map.of("from", List.of(Map.of("secretRef", Manifests.map("name", envSecret)))));
        Map<String, Object> exporter = new LinkedHashMap<>();
        exporter.put("enabled", true);
        exporter.put("configFrom", Manifests.map("name", KafkaConnectManifest.JMX_CONFIG_MAP, "key", KubernetesBundleBuilder.JMX_KEY));
        runtime.put("metrics", Map.of("jmxExporter", exporter));
        return runtime;
    }

    /** The settings under a prefix, prefix removed, in file order. */
    private static Map<String, String> strip(Map<String, String> settings, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
        });
        return out;
    }

    /** Removes and returns the entries under a prefix, prefix removed. */
    private static Map<String, String> take(Map<String, String> all, String prefix) {
        Map<String, String> out = strip(all, prefix);
        all.keySet().removeIf(k -> k.startsWith(prefix));
        return out;
    }

    /** java.util.Properties semantics for the values, file order for the keys. */
    private static Map<String, String> ordered(String properties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : properties.split("\n")) {
            String t = line.strip();
            int eq = t.indexOf('=');
            if (t.isEmpty() || t.startsWith("#") || eq < 0) continue;
            String key = t.substring(0, eq).strip();
            if (p.containsKey(key)) out.put(key, p.getProperty(key));
        }
        return out;
    }
}
