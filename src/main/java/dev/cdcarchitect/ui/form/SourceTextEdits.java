package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.Units;
import dev.cdcarchitect.domain.Workload;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Span edits of the source text for the source fields of the form: one field's words, or one clause of ours. */
final class SourceTextEdits {

    private static final Pattern VERSION = Pattern.compile("(?i)\\d{1,4}(?:\\.\\d{1,3}){0,2}(?:c|ai|g|i)?");
    private static final List<String> RATE_FACTS = List.of("peak change rate", "peak transaction rate");
    private static final List<String> AVERAGE_FACTS = List.of("average change rate", "transaction rate");

    private SourceTextEdits() {}

    static Texts hosting(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        Hosting hosting = form.hosting.get();
        StatedFact engine = facts.first("engine");
        List<StatedFact> stated = facts.all("hosting");
        if (stated.isEmpty()) {
            StatedFact version = facts.first("version");
            return facts.insertAfter(version != null && version.span().start() > engine.span().start() ? version.span() : engine.span(),
                    " " + hostingWords(hosting, true)).apply();
        }
        StatedFact first = stated.get(0);
        if (first.span().equals(engine.span())) {
            // "Aurora PostgreSQL": engine and hosting share the words; the hosting goes before the engine, so a
            // version right after it still reads as the version
            return facts.replace(first.span(), hostingWords(hosting, false) + " " + form.engine.get().displayName()).apply();
        }
        boolean on = facts.words(first.span()).toLowerCase(Locale.ROOT).matches("(?s)(on|in)\\s.*");
        return facts.replace(first.span(), hostingWords(hosting, on)).apply();
    }

    static Texts version(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        String version = form.version.get().strip();
        StatedFact stated = facts.first("version");
        if (stated == null) return facts.insertAfter(facts.first("engine").span(), " " + version).apply();
        String words = facts.words(stated.span());
        Matcher m = VERSION.matcher(words);
        if (!m.find()) return facts.replace(stated.span(), version).apply();
        return facts.replace(stated.span(), words.substring(0, m.start()) + version + words.substring(m.end())).apply();
    }

    static Texts volume(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        String number = form.volume.get().strip();
        String unit = form.volumeUnit.get();
        List<StatedFact> stated = facts.all("data volume");
        if (stated.isEmpty()) return facts.append(InputField.SOURCE, number + " " + unit + " of data");
        String used = Units.bytes(basis.source().volumeBytes());
        StatedFact fact = stated.stream().filter(f -> f.value().equals(used)).findFirst().orElse(stated.get(0));
        String words = QuantityWords.rewrite(facts.words(fact.span()), QuantityWords.SIZE,
                (old, u) -> u.equalsIgnoreCase(unit) ? FormValues.number(number) : Double.NaN, (old, u) -> number + " " + unit);
        return facts.replace(fact.span(), words == null ? number + " " + unit : words).apply();
    }

    /**
     * The words the peak was sized from, scaled in the user's own unit ("10k TPS" -> "12k TPS"); a peak that was
     * assumed (none stated, or 3 x a bursty average) gets a clause of its own.
     */
    static Texts rate(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        double wanted = FormValues.number(form.rate.get());
        List<StatedFact> governing = facts.where(f -> RATE_FACTS.contains(f.fact()));
        if (governing.isEmpty() && !basis.source().has(Workload.BURSTY)) governing = facts.where(f -> AVERAGE_FACTS.contains(f.fact()));
        if (governing.isEmpty()) return facts.append(InputField.SOURCE, QuantityWords.grouped(wanted) + " changes/s at peak");
        double ratio = wanted / basis.source().peakChangesPerSecond();
        for (StatedFact fact : governing) {
            String words = QuantityWords.rewrite(facts.words(fact.span()), QuantityWords.RATE, (old, mag) -> old * ratio,
                    (old, mag) -> QuantityWords.grouped(Math.round(old * magnitude(mag) * ratio)));
            if (words != null) facts.replace(fact.span(), words);
        }
        return facts.apply();
    }

    /** On: a clause of ours; off: exactly the words of that fact (or nothing to write, and the writer says why). */
    static Texts trait(DesignInput basis, FormField field, boolean on) {
        Facts facts = new Facts(basis);
        String label = field == FormField.COMPOSITE_KEYS || field == FormField.MISSING_KEYS ? "keys" : "workload";
        String value = switch (field) {
            case UPDATE_HEAVY -> Workload.UPDATE_HEAVY.displayName();
            case DELETE_HEAVY -> Workload.DELETE_HEAVY.displayName();
            case APPEND_ONLY -> Workload.APPEND_ONLY.displayName();
            case BURSTY -> Workload.BURSTY.displayName();
            case COMPOSITE_KEYS -> KeyTrait.COMPOSITE.displayName();
            default -> KeyTrait.MISSING_PRIMARY_KEY.displayName();
        };
        if (on) {
            String clause = field == FormField.MISSING_KEYS ? "some tables without primary keys" : value;
            return facts.append(InputField.SOURCE, clause);
        }
        for (StatedFact f : facts.where(f -> f.fact().equals(label) && f.value().equals(value))) facts.remove(f.span());
        return facts.apply();
    }

    /** Words the intake reads back as that hosting. */
    static String hostingWords(Hosting hosting, boolean on) {
        String name = switch (hosting) {
            case SELF_MANAGED -> null;
            case AZURE -> "Azure";
            case MONGODB_ATLAS -> "Atlas";
            default -> hosting.displayName();
        };
        if (name == null) return "self-managed";
        return on ? "on " + name : name;
    }

    private static double magnitude(String word) {
        if (word == null || word.isEmpty()) return 1;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "b", "bn", "billion" -> 1e9;
            default -> 1e6;
        };
    }
}
