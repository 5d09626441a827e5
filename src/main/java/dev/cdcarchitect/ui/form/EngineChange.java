package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.TextSpan;
import dev.cdcarchitect.intake.Contradictions;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.Locale;

/**
 * The engine field's write-back: the engine's words change, and every fact the new engine cannot carry goes with
 * the old engine (its version and node count, a hosting service that does not offer the new engine, RAC / Always On / a replica
 * set, binlog or slot settings), so the new engine gets its own assumptions instead of "PostgreSQL 8.0" or
 * "Aurora SQL Server". Facts any engine can have (volume, rate, keys, objects) keep their words.
 */
final class EngineChange {

    /** Removing one fact can bring a second mention of it to light ("Always On availability group"): a few rounds. */
    private static final int ROUNDS = 3;

    private EngineChange() {}

    static Texts apply(DesignInput basis, SourceEngine engine, DesignInputParser parser) {
        Texts texts = renamed(basis, engine);
        for (int round = 0; round < ROUNDS; round++) {
            DesignInput read = read(parser, texts);
            if (read == null) return texts;
            Texts fewer = withoutForeignFacts(read, engine);
            if (fewer == null) return texts;
            texts = fewer;
        }
        return texts;
    }

    /** The engine's words replaced; a hosting sharing them ("Aurora PostgreSQL") stays only where it offers the new engine. */
    private static Texts renamed(DesignInput basis, SourceEngine engine) {
        Facts facts = new Facts(basis);
        StatedFact old = facts.first("engine");
        Hosting hosting = basis.source().hosting();
        boolean sharedHosting = facts.all("hosting").stream().anyMatch(f -> f.span().equals(old.span()));
        String words = engine.displayName();
        if (sharedHosting && hosting.offers(engine)) words = SourceTextEdits.hostingWords(hosting, false) + " " + words;
        facts.replace(withMaker(facts, old.span(), basis.source().engine()), words);
        // the version and the node count ("RAC 2-node", "12 nodes") count the old engine's releases and members
        for (StatedFact f : facts.where(f -> f.fact().equals("version") || f.fact().equals("nodes or shards"))) facts.remove(f.span());
        for (StatedFact f : facts.where(f -> !f.span().equals(old.span()) && foreign(f, engine))) facts.remove(f.span());
        return facts.apply();
    }

    /** "Apache Cassandra" is one name: the maker goes with the engine ("Apache PostgreSQL" would not read). */
    private static TextSpan withMaker(Facts facts, TextSpan span, SourceEngine old) {
        String before = facts.text(span.field()).substring(0, span.start()).toLowerCase(Locale.ROOT);
        if (old == SourceEngine.CASSANDRA && before.endsWith("apache ")) {
            return new TextSpan(span.field(), span.start() - "apache ".length(), span.end());
        }
        return span;
    }

    /** The texts without the facts the new engine cannot have, or null when there are none. */
    private static Texts withoutForeignFacts(DesignInput read, SourceEngine engine) {
        Facts facts = new Facts(read);
        StatedFact engineFact = facts.first("engine");
        for (StatedFact f : facts.where(f -> !f.span().equals(engineFact.span()))) {
            if (foreign(f, engine)) facts.remove(f.span());
        }
        return facts.apply();
    }

    private static boolean foreign(StatedFact fact, SourceEngine engine) {
        return switch (fact.fact()) {
            case "hosting" -> hosting(fact.value()) != null && !hosting(fact.value()).offers(engine);
            case "high availability" -> ha(fact.value()) != null && !ha(fact.value()).appliesTo(engine);
            case "binlog format", "binlog row image" -> !(engine == SourceEngine.MYSQL || engine == SourceEngine.MARIADB);
            case "existing replication slot", "existing publication" -> engine != SourceEngine.POSTGRESQL;
            case "source log retention" -> Contradictions.belongsElsewhere(fact.words(), engine);
            default -> false;
        };
    }

    private static Hosting hosting(String value) {
        for (Hosting h : Hosting.values()) {
            if (value.startsWith(h.displayName())) return h;
        }
        return null;
    }

    private static HaTrait ha(String value) {
        for (HaTrait t : HaTrait.values()) {
            if (value.startsWith(t.displayName())) return t;
        }
        return null;
    }

    private static DesignInput read(DesignInputParser parser, Texts texts) {
        try {
            return parser.parse(texts.source(), texts.target());
        } catch (InputProblem | IllegalArgumentException unreadable) {
            return null;
        }
    }
}
