package dev.cdcarchitect.ui.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the number inside a fact's words and keeps the user's unit and style: "10k TPS" becomes "12k TPS",
 * "retain 2 weeks" becomes "retain 3 weeks". When the new value has no short form in that unit the number and unit
 * are replaced by a phrase of ours, the rest of the words stay.
 */
final class QuantityWords {

    /** group 1 = the number as written, group 2 = its unit (may be absent). */
    static final Pattern RATE = Pattern.compile("(?i)(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?:\\s*(k|thousand|mm|mn|million|mil|m|bn|billion|b)(?![a-z]))?");
    static final Pattern SIZE = Pattern.compile("(?i)(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb)\\b");
    static final Pattern DURATION = Pattern.compile(
            "(?i)(?<![\\d.])(\\d+(?:[.,]\\d+)?)[\\s-]*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\\b");
    static final Pattern DAYS = Pattern.compile("(?i)(?<![\\d.])(\\d{1,4})[\\s-]*(days?|d\\b|weeks?|months?|hours?|h\\b)");

    /** The new number in the words' own unit, or NaN when it has none there. */
    interface InUnit {
        double of(double oldNumber, String unit);
    }

    /** Number and unit of ours, for a value that cannot be written in the user's unit. */
    interface Canonical {
        String of(double oldNumber, String unit);
    }

    private QuantityWords() {}

    /**
     * @return the new words, or null when the words hold no such quantity
     */
    static String rewrite(String words, Pattern quantity, InUnit inUnit, Canonical canonical) {
        Matcher m = quantity.matcher(words);
        if (!m.find()) return null;
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        double old = Double.parseDouble(m.group(1).replace(",", m.group(1).matches("\\d+,\\d{1,2}") ? "." : ""));
        String number = format(inUnit.of(old, unit), m.group(1));
        if (number != null) return words.substring(0, m.start(1)) + number + words.substring(m.end(1));
        int end = m.group(2) == null ? m.end(1) : m.end(2);
        return words.substring(0, m.start(1)) + canonical.of(old, unit) + words.substring(end);
    }

    /** At most three decimals and positive, grouped with commas when the user grouped; else null. */
    static String format(double value, String styleOf) {
        if (!(value > 0) || Double.isInfinite(value)) return null;
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (Math.abs(rounded.doubleValue() - value) > 1e-6 * value) return null;
        if (rounded.scale() < 0) rounded = rounded.setScale(0);
        boolean grouped = styleOf.contains(",") && !styleOf.matches("\\d+,\\d{1,2}");
        return grouped ? String.format(Locale.ROOT, "%,." + rounded.scale() + "f", rounded) : rounded.toPlainString();
    }

    /** "12,000" for a rate, "2.5" for a fraction. */
    static String grouped(double value) {
        return format(value, "1,000") == null ? String.valueOf(Math.round(value)) : format(value, "1,000");
    }
}
