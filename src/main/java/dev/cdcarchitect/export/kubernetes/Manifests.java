package dev.cdcarchitect.export.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Kubernetes objects as ordered YAML trees, and their names. Ordered maps only: the files must read the same on every run. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE) // a config file inside a ConfigMap stays readable
            .disable(YAMLGenerator.Feature.SPLIT_LINES)); // a JAAS line stays one line

    private Manifests() {}

    /** apiVersion, kind, metadata (name, namespace, then labels and annotations when given), in that order. */
    static Map<String, Object> object(String apiVersion, String kind, String name, String namespace, Map<String, String> labels,
                                      Map<String, String> annotations) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", apiVersion);
        root.put("kind", kind);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        if (namespace != null) metadata.put("namespace", namespace);
        if (!labels.isEmpty()) metadata.put("labels", labels);
        if (!annotations.isEmpty()) metadata.put("annotations", annotations);
        root.put("metadata", metadata);
        return root;
    }

    static Map<String, String> map(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) out.put(keysAndValues[i], keysAndValues[i + 1]);
        return out;
    }

    static String yaml(Object tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Kubernetes object name: lower case letters, digits, '-' and '.', starting and ending alphanumeric. */
    static String name(String raw) {
        String cleaned = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        if (cleaned.isEmpty()) cleaned = "resource";
        return cleaned.length() <= 253 ? cleaned : cleaned.substring(0, 253).replaceAll("[^a-z0-9]+$", "");
    }
}
