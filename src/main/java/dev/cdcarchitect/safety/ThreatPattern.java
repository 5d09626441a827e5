package dev.cdcarchitect.safety;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One attack form written as a regular expression. It runs only from {@code lead} characters before to
 * {@link #REACH} characters after its trigger literals, each of which every match contains (at the start of a word, when the literal starts with a letter). {@code unless} lists context that makes a match benign within the
 * same sentence (e.g. "delete all personal data of a customer on request" is a GDPR erasure, not destruction).
 */
record ThreatPattern(ThreatCategory category, List<String> triggers, Pattern pattern, Pattern unless, int lead) implements ThreatRule {

    /** Longer than any match of the patterns (their open-ended parts are bounded to a few hundred characters). */
    static final int REACH = 320;
    /** How far before its trigger a match may start, for most patterns: a trigger is their first or second word. */
    static final int SHORT_LEAD = 40;

    ThreatPattern {
        Triggers.register(triggers);
    }

    static ThreatPattern of(ThreatCategory category, List<String> triggers, String regex) {
        return new ThreatPattern(category, triggers, Pattern.compile(regex), null, SHORT_LEAD);
    }

    /** A pattern whose trigger may come late in its match ("reveal the full original prompt"). */
    static ThreatPattern endingIn(ThreatCategory category, List<String> triggers, String regex) {
        return new ThreatPattern(category, triggers, Pattern.compile(regex), null, REACH);
    }

    static ThreatPattern unless(ThreatCategory category, List<String> triggers, String regex, String benignContext) {
        return new ThreatPattern(category, triggers, Pattern.compile(regex), Pattern.compile(benignContext), SHORT_LEAD);
    }

    /**
     * The same pattern, known to start with one of its triggers: it is tried only at the triggers (anchored), not at
     * every position near them, which keeps the common verbs ("send", "drop") cheap in long texts.
     */
    ThreatPattern startsWithTrigger() {
        return new ThreatPattern(category, triggers, pattern, unless, 0);
    }

    @Override
    public String find(Triggers found) {
        String normalised = found.text();
        int[] hits = found.positions(triggers);
        Matcher m = pattern.matcher(normalised);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (lead == 0) {
            for (int hit : hits) {
                m.region(hit, Math.min(normalised.length(), hit + REACH));
                if (m.lookingAt() && (unless == null || !unless.matcher(sentenceAround(normalised, m.start(), m.end())).find())) {
                    return m.group();
                }
            }
            return null;
        }
        int i = 0;
        while (i < hits.length) {
            // merge the windows of nearby triggers so every character is searched once
            int from = Math.max(0, hits[i] - lead);
            int to = Math.min(normalised.length(), hits[i] + REACH);
            while (++i < hits.length && hits[i] - lead <= to) to = Math.min(normalised.length(), hits[i] + REACH);
            m.region(from, to);
            while (m.find()) {
                if (unless == null || !unless.matcher(sentenceAround(normalised, m.start(), m.end())).find()) return m.group();
            }
        }
        return null;
    }

    private static String sentenceAround(String text, int start, int end) {
        return text.substring(Triggers.sentenceStart(text, start), Triggers.sentenceEnd(text, Math.max(start, end - 1) + 1));
    }
}
