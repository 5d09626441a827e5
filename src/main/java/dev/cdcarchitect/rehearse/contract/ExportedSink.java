package dev.cdcarchitect.rehearse.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sink connector as exported: the bundle file it came from (named in every failure), its settings, and the
 * worker's settings it inherits (converters) from {@code worker.properties}.
 */
public record ExportedSink(String file, String name, Map<String, String> config, Map<String, String> worker) {

    public ExportedSink {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        worker = Collections.unmodifiableMap(new LinkedHashMap<>(worker));
    }

    public String connectorClass() {
        return config.getOrDefault("connector.class", "");
    }

    public String get(String key, String defaultValue) {
        return config.getOrDefault(key, defaultValue);
    }

    public boolean isTrue(String key, boolean defaultValue) {
        return Boolean.parseBoolean(config.getOrDefault(key, String.valueOf(defaultValue)).strip());
    }

    /** The check name every finding of this sink carries. */
    String checkName(String aspect) {
        return "sink contract " + name + ": " + aspect;
    }
}
