package dev.cdcarchitect.intake;

import java.util.Locale;

/** Reads numbers the way architects write them: "10k", "~8,000", "1.2M", "2.5 billion". */
final class Quantities {

    /** A number with an optional magnitude word; group 1 = digits, group 2 = magnitude. */
    // Bounded digit runs that start only at the beginning of a number: a 100,000-digit input must not make the
    // regex engine backtrack through every prefix.
    // Thousands may be grouped with commas, underscores or (as in much of Europe) spaces: "10 000 TPS".
    static final String NUMBER =
            "(?<![\\d.,])(\\d{1,3}(?:[,_ \\u00A0\\u202F]\\d{3}){1,5}(?![\\d])(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?)"
                    // spaces only with a magnitude, so a number at the end of a line does not take the next line's blanks
                    + "(?:\\s*(k|thousand|mm|m|mn|million|mil|b|bn|billion))?(?![a-z])";

    /** The lower end of a range ("10-15k TPS", "between 5k and 8k"): read past, the upper end is what is sized. */
    static final String RANGE_LOW =
            "(?:(?:between\\s+)?(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.\\d{1,6})?\\s*"
                    + "(?:k|thousand|m|mn|million|b|bn|billion)?\\s*(?:-|–|to|and)\\s*)?";

    private Quantities() {}

    static double number(String digits, String magnitude) {
        double value = Double.parseDouble(digits.replace(",", "").replace("_", "").replace(" ", "")
                .replace("\u00A0", "").replace("\u202F", ""));
        return value * magnitude(magnitude);
    }

    static double magnitude(String word) {
        if (word == null) return 1;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "m", "mm", "mn", "million", "mil" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            default -> 1;
        };
    }

    /** Bytes for a size unit; decimal units (1 TB = 10^12 bytes) and binary ones (TiB). */
    static double bytes(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        boolean binary = u.contains("i");
        double base = binary ? 1024 : 1000;
        return switch (u.charAt(0)) {
            case 'k' -> base;
            case 'm' -> base * base;
            case 'g' -> Math.pow(base, 3);
            case 't' -> Math.pow(base, 4);
            case 'p' -> Math.pow(base, 5);
            default -> 1;
        };
    }

    static double perSecond(String period) {
        if (period == null) return 1;
        String p = period.toLowerCase(Locale.ROOT);
        if (p.startsWith("m") && !p.startsWith("ms")) return 1.0 / 60;
        if (p.startsWith("h")) return 1.0 / 3600;
        if (p.startsWith("d")) return 1.0 / 86_400;
        return 1;
    }
}
