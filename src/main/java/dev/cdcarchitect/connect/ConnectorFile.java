package dev.cdcarchitect.connect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One exported connector: the file it lives in (e.g. {@code connect/app-postgres-source.json}), its name and config. */
public record ConnectorFile(String file, String name, Map<String, String> config) {

    public ConnectorFile {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public String connectorClass() {
        return config.getOrDefault("connector.class", "");
    }
}
