package dev.cdcarchitect.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attack form. {@code unless} lists context that makes a match benign within the same sentence
 * (e.g. "delete all personal data of a customer on request" is a GDPR erasure, not destruction).
 */
record ThreatPattern(ThreatCategory category, Pattern pattern, Pattern unless) {

    static ThreatPattern of(ThreatCategory category, String regex) {
        return new ThreatPattern(category, Pattern.compile(regex), null);
    }

    static ThreatPattern unless(ThreatCategory category, String regex, String benignContext) {
        return new ThreatPattern(category, Pattern.compile(regex), Pattern.compile(benignContext));
    }

    /** The matching fragment in already-normalised text, or null. */
    String find(String normalised) {
        Matcher m = pattern.matcher(normalised);
        while (m.find()) {
            if (unless == null || !unless.matcher(sentenceAround(normalised, m.start(), m.end())).find()) {
                return m.group();
            }
        }
        return null;
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".;!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < text.length() && ".;!?\n".indexOf(text.charAt(to)) < 0) to++;
        return text.substring(from, to);
    }
}
