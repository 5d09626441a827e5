package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Span edits for the target fields of the form: platform, sinks, delivery, latency and retention. */
final class TargetTextEdits {

    private TargetTextEdits() {}

    static Texts platform(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        KafkaPlatform platform = form.platform.get();
        List<StatedFact> stated = facts.all("Kafka platform");
        if (stated.isEmpty()) return facts.append(InputField.TARGET, platformWords(platform));
        for (StatedFact f : stated) {
            String words = platformWords(platform);
            String after = facts.text(f.span().field()).substring(f.span().end()).toLowerCase(Locale.ROOT);
            // "Confluent Kafka" -> "Apache Kafka", not "Apache Kafka Kafka"
            if (words.endsWith(" Kafka") && after.matches("(?s)\\s+kafka\\b.*")) words = words.substring(0, words.length() - 6);
            facts.replace(withVendor(facts, f.span()), words);
        }
        return facts.apply();
    }

    /** "Amazon MSK" is one name: the vendor goes with it ("Amazon Strimzi" would not read). */
    private static TextSpan withVendor(Facts facts, TextSpan span) {
        String before = facts.text(span.field()).substring(0, span.start());
        java.util.regex.Matcher vendor = java.util.regex.Pattern.compile("(?i)(?:amazon|aws)\\s+$").matcher(before);
        return vendor.find() ? new TextSpan(span.field(), vendor.start(), span.end()) : span;
    }

    /** Removes the words of each unchecked sink; a checked one joins the list after the last sink named. */
    static Texts targets(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        List<TargetKind> had = basis.targets().stream().map(Target::kind).toList();
        List<StatedFact> kept = new ArrayList<>();
        for (StatedFact f : facts.all("target")) {
            TargetKind kind = kindOf(f.value());
            if (kind != null && had.contains(kind) && !form.targets.contains(kind)) facts.removeItem(f.span());
            else kept.add(f);
        }
        List<String> added = form.targets.stream().filter(k -> !had.contains(k)).map(k -> targetWords(k, form.replicaFlavour.get())).toList();
        if (added.isEmpty()) return facts.apply();
        String names = String.join(" and ", added);
        boolean freshness = !facts.where(f -> f.fact().startsWith("freshness objective")).isEmpty();
        if (kept.isEmpty() || freshness) {
            // a sink of its own clause cannot take over a freshness objective stated next to another one
            Texts removed = facts.apply();
            String target = removed == null ? basis.targetText() : removed.target();
            String source = removed == null ? basis.sourceText() : removed.source();
            return new Texts(source, SpanEdits.append(target, "sinks to " + names));
        }
        StatedFact last = kept.stream().max(Comparator.comparingInt(f -> f.span().end())).orElseThrow();
        return facts.insertAfter(last.span(), " and " + names).apply();
    }

    static Texts exactlyOnce(DesignInput basis, boolean on) {
        Facts facts = new Facts(basis);
        if (on) {
            StatedFact atLeast = facts.where(f -> f.fact().equals("delivery") && f.value().equals("at-least-once"))
                    .stream().findFirst().orElse(null);
            return atLeast != null ? facts.replace(atLeast.span(), "exactly-once").apply() : facts.append(InputField.TARGET, "exactly-once");
        }
        for (StatedFact f : facts.where(f -> f.fact().equals("delivery") && f.value().equals("exactly-once"))) facts.remove(f.span());
        return facts.apply();
    }

    static Texts latency(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        long millis = (long) FormValues.number(form.latencyMillis.get());
        String ours = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        StatedFact stated = facts.first("latency objective");
        if (stated == null) return facts.append(InputField.TARGET, "p99 latency under " + ours);
        String words = QuantityWords.rewrite(facts.words(stated.span()), QuantityWords.DURATION,
                (old, unit) -> millis / unitMillis(unit), (old, unit) -> ours);
        return facts.replace(stated.span(), words == null ? "latency under " + ours : words).apply();
    }

    static Texts retention(DesignInput basis, FormViewModel form) {
        Facts facts = new Facts(basis);
        long days = (long) FormValues.number(form.retentionDays.get());
        String ours = days + (days == 1 ? " day" : " days");
        StatedFact stated = facts.first("Kafka retention");
        if (stated == null) return facts.append(InputField.TARGET, "retention " + ours);
        String words = QuantityWords.rewrite(facts.words(stated.span()), QuantityWords.DAYS,
                (old, unit) -> days / unitDays(unit), (old, unit) -> ours);
        return facts.replace(stated.span(), words == null ? ours : words).apply();
    }

    private static double unitMillis(String unit) {
        if (unit.startsWith("ms") || unit.startsWith("milli")) return 1;
        if (unit.startsWith("h")) return 3_600_000;
        if (unit.startsWith("m")) return 60_000;
        return 1000;
    }

    private static double unitDays(String unit) {
        if (unit.startsWith("w")) return 7;
        if (unit.startsWith("m")) return 30;
        if (unit.startsWith("h")) return 1.0 / 24;
        return 1;
    }

    /** A "target" fact's value is the sink's label, possibly "(part of a sink named before)". */
    private static TargetKind kindOf(String value) {
        for (TargetKind kind : TargetKind.values()) {
            if (value.startsWith(kind.displayName())) return kind;
        }
        return null;
    }

    static String targetWords(TargetKind kind, String replicaFlavour) {
        return switch (kind) {
            case RELATIONAL_REPLICA -> "a " + (replicaFlavour.isBlank() ? "relational" : replicaFlavour) + " replica";
            case S3 -> "S3";
            case ICEBERG -> "Iceberg";
            default -> kind.displayName();
        };
    }

    private static String platformWords(KafkaPlatform platform) {
        return switch (platform) {
            case APACHE_KAFKA -> "Apache Kafka";
            case STRIMZI -> "Strimzi";
            case AZURE_EVENT_HUBS -> "Azure Event Hubs";
            default -> platform.displayName();
        };
    }
}
