package dev.cdcarchitect.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/** The comparison as JSON (Jackson; records as objects, enums as names). */
public final class DiffJsonWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Several comparisons (each against the same first design) as one JSON array. */
    public String writeAll(java.util.List<DesignDiff> diffs) {
        try {
            return json.writeValueAsString(diffs) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(DesignDiff diff) {
        try {
            return json.writeValueAsString(diff) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
