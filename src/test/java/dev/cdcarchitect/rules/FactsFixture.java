package dev.cdcarchitect.rules;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.TextSpan;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Inputs with named objects, built before the intake fills {@link SourceFacts} itself: parse a base text, then
 * replace the facts. Also small readers for what a spec sets.
 */
public final class FactsFixture {

    private static final TextSpan NOWHERE = new TextSpan(InputField.SOURCE, 0, 0);

    private final List<NamedObject> objects = new ArrayList<>();
    private Integer retentionHours;
    private String binlogFormat;
    private String rowImage;
    private boolean truncates;
    private boolean keyUpdates;
    private String slot;
    private String publication;

    public static FactsFixture facts() { return new FactsFixture(); }

    public FactsFixture database(String name, ObjectRole... roles) { return add(ObjectKind.DATABASE, name, roles); }

    public FactsFixture schema(String name, ObjectRole... roles) { return add(ObjectKind.SCHEMA, name, roles); }

    public FactsFixture table(String name, ObjectRole... roles) { return add(ObjectKind.TABLE, name, roles); }

    public FactsFixture column(String name, ObjectRole... roles) { return add(ObjectKind.COLUMN, name, roles); }

    public FactsFixture logRetentionHours(int hours) { retentionHours = hours; return this; }

    public FactsFixture binlog(String format, String image) { binlogFormat = format; rowImage = image; return this; }

    public FactsFixture truncates() { truncates = true; return this; }

    public FactsFixture primaryKeyUpdates() { keyUpdates = true; return this; }

    public FactsFixture existing(String slotName, String publicationName) { slot = slotName; publication = publicationName; return this; }

    private FactsFixture add(ObjectKind kind, String name, ObjectRole... roles) {
        objects.add(new NamedObject(kind, name, Set.of(roles), null, null, NOWHERE));
        return this;
    }

    public SourceFacts build() {
        return new SourceFacts(objects, retentionHours, binlogFormat, rowImage, truncates, keyUpdates, false, false, slot, publication);
    }

    /** The parsed base texts with these facts in place of what the intake read. */
    public DesignInput on(String source, String target) {
        DesignInput parsed = new DesignInputParser().parse(source, target);
        return new DesignInput(parsed.sourceText(), parsed.targetText(), parsed.source(), parsed.platform(), parsed.targets(),
                parsed.requirements(), parsed.assumptions(), parsed.inputWarnings(), build(), parsed.trace());
    }

    public DesignSpec spec(String source, String target) {
        return new RuleEngine().generate(on(source, target));
    }

    /** Every setting of one scope, later decisions overriding earlier ones (as the export merges them). */
    public static Map<String, String> settings(DesignSpec spec, ConfigScope scope) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Decision d : spec.decisions()) {
            for (ConfigEntry e : d.config()) {
                if (e.scope() == scope) out.put(e.key(), e.value());
            }
        }
        return out;
    }

    /** Settings of one component (e.g. a sink connector by name), any scope. */
    public static Map<String, String> component(DesignSpec spec, String component) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Decision d : spec.decisions()) {
            for (ConfigEntry e : d.config()) {
                if (e.component().equals(component)) out.put(e.key(), e.value());
            }
        }
        return out;
    }

    /** Settings of the sink connector whose connector.class ends with the given name. */
    public static Map<String, String> sink(DesignSpec spec, String classSimpleName) {
        for (Decision d : spec.decisions()) {
            for (ConfigEntry e : d.config()) {
                if (e.scope() == ConfigScope.SINK_CONNECTOR && e.key().equals("connector.class") && e.value().endsWith("." + classSimpleName)) {
                    return component(spec, e.component());
                }
            }
        }
        throw new AssertionError("no sink " + classSimpleName);
    }

    public static Optional<Decision> decision(DesignSpec spec, String id) {
        return spec.decisions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Statement, rationale, warnings and snippets of one decision as one text, for "mentions" checks. */
    public static String text(Decision d) {
        StringBuilder s = new StringBuilder(d.title()).append('\n').append(d.statement()).append('\n').append(d.rationale());
        d.warnings().forEach(w -> s.append('\n').append(w));
        d.snippets().forEach(sn -> s.append('\n').append(sn.code()));
        return s.toString();
    }

    public static String allText(DesignSpec spec) {
        StringBuilder s = new StringBuilder();
        spec.decisions().forEach(d -> s.append(text(d)).append('\n'));
        return s.toString();
    }
}
