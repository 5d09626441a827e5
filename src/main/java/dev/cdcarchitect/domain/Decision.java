package dev.cdcarchitect.domain;

import java.util.List;

/**
 * One architectural decision.
 *
 * @param id stable identifier such as {@code pg.logical-decoding}; never changes between releases
 */
public record Decision(
        String id,
        String title,
        String statement,
        String rationale,
        List<ConfigEntry> config,
        List<Snippet> snippets,
        List<Reference> references,
        List<String> warnings) {

    public Decision {
        config = List.copyOf(config);
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }
}
