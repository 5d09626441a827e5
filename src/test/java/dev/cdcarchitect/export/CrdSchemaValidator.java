package dev.cdcarchitect.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a resource against the openAPIV3Schema of one version of a published CustomResourceDefinition, the way the
 * API server's structural schema does for what the export uses: unknown fields (unless the schema preserves them),
 * types, required fields, enums, patterns and minimums. The pom has no JSON-schema validator, so this walks the
 * schema itself; the CRD files are the operators' own (see src/test/resources/crds/README.md).
 */
final class CrdSchemaValidator {

    private static final YAMLMapper YAML = new YAMLMapper();
    /** The API server accepts these on every object; generated CRD schemas (Fabric8's) do not list them. */
    private static final List<String> IMPLICIT = List.of("apiVersion", "kind", "metadata");

    private final JsonNode schema;
    private final String version;

    private CrdSchemaValidator(JsonNode schema, String version) {
        this.schema = schema;
        this.version = version;
    }

    /** The schema of {@code version} in the CRD test resource {@code crds/<file>}. */
    static CrdSchemaValidator of(String file, String version) {
        try (InputStream in = CrdSchemaValidator.class.getResourceAsStream("/crds/" + file)) {
            if (in == null) throw new IllegalStateException("missing test resource crds/" + file);
            JsonNode crd = YAML.readTree(in);
            for (JsonNode v : crd.path("spec").path("versions")) {
                if (v.path("name").asText().equals(version)) return new CrdSchemaValidator(v.path("schema").path("openAPIV3Schema"), version);
            }
            throw new IllegalStateException("crds/" + file + " has no version " + version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, each with its path; empty when the resource fits the schema. */
    List<String> violations(JsonNode resource) {
        List<String> out = new ArrayList<>();
        check(resource, schema, "", out);
        return out;
    }

    private void check(JsonNode value, JsonNode s, String path, List<String> out) {
        if (s.has("anyOf") && !s.has("type")) return; // int-or-string quantities: the pattern below is on the branch
        String type = s.path("type").asText("");
        boolean intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
        if (!intOrString && !type.isEmpty() && !hasType(value, type)) {
            out.add(path + ": expected " + type + " but was " + value.getNodeType() + " (" + version + ")");
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) found |= e.equals(value);
            if (!found) out.add(path + ": " + value + " is not one of " + s.get("enum"));
        }
        if (s.has("pattern") && value.isTextual() && !Pattern.compile(s.get("pattern").asText()).matcher(value.asText()).find()) {
            out.add(path + ": '" + value.asText() + "' does not match " + s.get("pattern").asText());
        }
        if (s.has("minimum") && value.isNumber() && value.asDouble() < s.get("minimum").asDouble()) {
            out.add(path + ": " + value + " is below the minimum " + s.get("minimum"));
        }
        if (value.isObject()) checkObject(value, s, path, out);
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) check(value.get(i), s.get("items"), path + "[" + i + "]", out);
        }
    }

    private void checkObject(JsonNode value, JsonNode s, String path, List<String> out) {
        for (JsonNode required : s.path("required")) {
            if (!value.has(required.asText())) out.add(path + ": required field '" + required.asText() + "' is missing");
        }
        boolean preserve = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        JsonNode properties = s.path("properties");
        JsonNode additional = s.path("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String child = path + "." + field.getKey();
            if (properties.has(field.getKey())) check(field.getValue(), properties.get(field.getKey()), child, out);
            else if (additional.isObject()) check(field.getValue(), additional, child, out);
            else if (!preserve && !path.equals(".metadata") && !(path.isEmpty() && IMPLICIT.contains(field.getKey()))) {
                out.add(child + ": unknown field (" + version + ")");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }
}
