package dev.cdcarchitect.safety;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rules' literal trigger words occur in one text, found in a single pass for all rules together, so that a
 * rule's regular expressions only run near its triggers: the guard stays linear and fast on 100 kB of benign text.
 */
final class Triggers {

    /** Literals by their first character, for the single pass. */
    private static final Map<Character, String[]> BY_FIRST_CHAR = new HashMap<>();
    /** The same for the first 0x530 characters (Latin, Greek, Cyrillic), without a map look-up per character. */
    private static final String[][] LATIN_AND_CYRILLIC = new String[0x530][];

    private final String text;
    private final Map<String, int[]> hits = new HashMap<>();

    private Triggers(String text) {
        this.text = text;
    }

    /** Registers the literals a rule will ask for; called while the rules are built. */
    static synchronized void register(Collection<String> literals) {
        for (String literal : literals) {
            String[] same = BY_FIRST_CHAR.getOrDefault(literal.charAt(0), new String[0]);
            if (Arrays.asList(same).contains(literal)) continue;
            String[] more = Arrays.copyOf(same, same.length + 1);
            more[same.length] = literal;
            BY_FIRST_CHAR.put(literal.charAt(0), more);
            if (literal.charAt(0) < LATIN_AND_CYRILLIC.length) LATIN_AND_CYRILLIC[literal.charAt(0)] = more;
        }
    }

    /** Every occurrence of every registered literal in the text. */
    static Triggers in(String text) {
        Triggers triggers = new Triggers(text);
        Map<String, int[]> found = triggers.hits;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a literal that starts with a letter only counts at the start of a word (see positions)
            if (i > 0 && Character.isLetter(c) && Character.isLetterOrDigit(text.charAt(i - 1)) && !isCjk(c)) continue;
            String[] candidates = c < LATIN_AND_CYRILLIC.length ? LATIN_AND_CYRILLIC[c] : BY_FIRST_CHAR.get(c);
            if (candidates == null) continue;
            for (String literal : candidates) {
                if (!text.startsWith(literal, i)) continue;
                int n = counts.getOrDefault(literal, 0);
                int[] at = found.getOrDefault(literal, new int[4]);
                if (n == at.length) at = Arrays.copyOf(at, n * 2);
                at[n] = i;
                found.put(literal, at);
                counts.put(literal, n + 1);
            }
        }
        counts.forEach((literal, n) -> found.put(literal, Arrays.copyOf(found.get(literal), n)));
        return triggers;
    }

    String text() {
        return text;
    }

    /**
     * Sorted start positions of the literals. A literal that begins with a letter counts only at the start of a word
     * ("log" not inside "catalog"); literals in scripts without spaces (CJK) count anywhere.
     */
    int[] positions(List<String> literals) {
        int[] all = new int[0];
        int count = 0;
        for (String literal : literals) {
            int[] at = hits.get(literal);
            if (at == null) continue;
            if (count + at.length > all.length) all = Arrays.copyOf(all, count + at.length);
            for (int p : at) all[count++] = p;
        }
        int[] sorted = Arrays.copyOf(all, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Start of the sentence that holds {@code at}. */
    static int sentenceStart(String text, int at) {
        int from = at;
        while (from > 0 && !endsSentence(text, from - 1)) from--;
        return from;
    }

    /** End (exclusive) of the sentence that holds {@code at}. */
    static int sentenceEnd(String text, int at) {
        int to = at;
        while (to < text.length() && !endsSentence(text, to)) to++;
        return to;
    }

    /**
     * A sentence ends at ; ! (also full-width), a full-width or Arabic ? or ;, the ideographic full stop, the Devanagari danda, a line break, or a full stop, question
     * mark or Greek ano teleia followed by a space or the end ("~/.aws", "10.000" and a URL's "?q=" do not end one).
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        // the Greek ano teleia (a middle dot after NFKC) ends a clause like ';'
        if (c == '.' || c == '?' || c == '\u00B7' || c == '\u0387') return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return c == ';' || c == '!' || c == '\n' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF1B'
                || c == '\u0964' || c == '\u061F' || c == '\u061B' || c == '\u06D4'; // Devanagari danda, Arabic ? ; .
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
