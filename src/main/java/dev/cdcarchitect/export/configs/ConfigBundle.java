package dev.cdcarchitect.export.configs;

import java.util.Map;

/** The runnable configuration as files: relative path (with '/') to content, in a stable order. */
public record ConfigBundle(Map<String, String> files) {

    public ConfigBundle {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }
}
