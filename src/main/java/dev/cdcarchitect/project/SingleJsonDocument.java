package dev.cdcarchitect.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads exactly one JSON document: whatever follows its end other than whitespace (garbage, a second document, a
 * stray bracket) is refused, because a file with two halves is not the file that was saved. Jackson's own
 * {@code FAIL_ON_TRAILING_TOKENS} cannot say where the project ended, which is what the user needs to repair it.
 */
final class SingleJsonDocument {

    /** Text after the end of the JSON value; {@code end} is where the value ended. */
    static final class TrailingContent extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient JsonLocation end;

        TrailingContent(JsonLocation end) {
            super("text after the end of the JSON at line " + end.getLineNr() + ", column " + end.getColumnNr());
            this.end = end;
        }

        /** "line 12, column 2": where the document ended and the extra text begins. */
        String where() {
            return "line " + end.getLineNr() + ", column " + end.getColumnNr();
        }
    }

    private SingleJsonDocument() {}

    static JsonNode read(ObjectMapper json, byte[] bytes) throws IOException {
        try (JsonParser parser = json.createParser(bytes)) {
            JsonNode root = json.readTree(parser);
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) throw new TrailingContent(end);
            } catch (JsonProcessingException notEvenJson) {
                throw new TrailingContent(end);
            }
            return root;
        }
    }
}
