package dev.cdcarchitect.safety;

import java.util.regex.Pattern;

/**
 * A destructive command spelled in leetspeak ("dr0p t4bl3", "DR0P DAT4BASE", "w1p3 4ll"): two words, at least one
 * of them disguised with digits or symbols, that read as destroy + object once folded. Plain "DROP DATABASE events"
 * stays a CDC phrase; nobody disguises a phrase they mean harmlessly.
 */
final class LeetspeakCommand implements ThreatRule {

    private static final Pattern COMMAND = Pattern.compile("(?:drop|truncate|delete|wipe|destroy|nuke|erase|purge|format|shutdown)"
            + " (?:table|tables|database|databases|schema|from|all|every|everything|db|backups?|production|prod|keyspace|collection|cluster|disk)");

    @Override
    public ThreatCategory category() {
        return ThreatCategory.DESTRUCTION;
    }

    @Override
    public String find(Triggers found) {
        String normalised = found.text();
        if (!Leetspeak.hasDisguisedWord(normalised)) return null;
        String previous = null;
        int i = 0;
        while (i < normalised.length()) {
            int end = i;
            while (end < normalised.length() && Leetspeak.isWordChar(normalised.charAt(end))) end++;
            if (end == i) {
                if (normalised.charAt(i) != ' ') previous = null; // only words one space apart make a pair
                i++;
                continue;
            }
            String word = normalised.substring(i, end);
            if (previous != null && (Leetspeak.isDisguised(previous) || Leetspeak.isDisguised(word))
                    && COMMAND.matcher(Leetspeak.foldWord(previous) + " " + Leetspeak.foldWord(word)).matches()) {
                return previous + " " + word;
            }
            previous = word;
            i = end;
        }
        return null;
    }
}
