package dev.cdcarchitect.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.Section;
import dev.cdcarchitect.domain.Topology;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole result as JSON in the stable, documented shape of docs/json-format.md (schemaVersion 1).
 * A refusal is exactly {@code {"error": "unsafe"}}.
 */
public final class DesignJsonWriter {

    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    record SectionJson(int number, String heading, Object decisions) {}

    record SpecJson(int schemaVersion, String status, String title, DesignInput input, List<String> warnings, Object assumptions,
                    List<SectionJson> sections, Object sizing, Object failureMatrix, Topology topology) {}

    public String write(DesignResult result) {
        if (result instanceof DesignResult.Refusal) {
            return DesignResult.REFUSAL_JSON;
        }
        DesignResult.Generated generated = (DesignResult.Generated) result;
        DesignSpec spec = generated.spec();
        List<SectionJson> sections = new ArrayList<>();
        for (Section s : spec.sections()) {
            sections.add(new SectionJson(s.kind().number(), s.kind().heading(), s.decisions()));
        }
        SpecJson json = new SpecJson(SCHEMA_VERSION, "spec", spec.title(), generated.input(), spec.warnings(), spec.assumptions(),
                sections, spec.sizing(), spec.failureMatrix(), generated.topology());
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
