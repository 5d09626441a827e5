package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.Snippet;
import java.util.ArrayList;
import java.util.List;

/** Fluent assembly of a {@link Decision}; keeps the rules readable as prose plus settings. */
public final class DecisionBuilder {

    private final String id;
    private final String title;
    private final String sourceConnector;
    private final boolean sourceOnConnect;
    private String statement = "";
    private String rationale = "";
    private final List<ConfigEntry> config = new ArrayList<>();
    private final List<Snippet> snippets = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    DecisionBuilder(String id, String title, String sourceConnector, boolean sourceOnConnect) {
        this.id = id;
        this.title = title;
        this.sourceConnector = sourceConnector;
        this.sourceOnConnect = sourceOnConnect;
    }

    public DecisionBuilder statement(String text) {
        this.statement = text;
        return this;
    }

    public DecisionBuilder because(String text) {
        this.rationale = text;
        return this;
    }

    public DecisionBuilder set(ConfigScope scope, String component, String key, Object value) {
        config.add(new ConfigEntry(scope, component, key, String.valueOf(value)));
        return this;
    }

    /**
     * A Kafka Connect setting of the source connector. Dropped for sources that do not run on Kafka Connect
     * (the Cassandra agent), where such settings do not exist.
     */
    public DecisionBuilder source(String key, Object value) {
        return sourceOnConnect ? set(ConfigScope.SOURCE_CONNECTOR, sourceConnector, key, value) : this;
    }

    public DecisionBuilder setAll(List<ConfigEntry> entries) {
        config.addAll(entries);
        return this;
    }

    public DecisionBuilder snippet(String language, String title, String code) {
        snippets.add(new Snippet(language, title, code));
        return this;
    }

    public DecisionBuilder ref(Reference... refs) {
        for (Reference r : refs) {
            if (!references.contains(r)) references.add(r);
        }
        return this;
    }

    public DecisionBuilder warn(String warning) {
        warnings.add(warning);
        return this;
    }

    public DecisionBuilder warnIf(boolean condition, String warning) {
        if (condition) warnings.add(warning);
        return this;
    }

    public Decision build() {
        return new Decision(id, title, statement, rationale, config, snippets, references, warnings);
    }
}
