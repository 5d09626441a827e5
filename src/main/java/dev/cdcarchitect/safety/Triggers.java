package dev.cdcarchitect.safety;

import java.util.Arrays;
import java.util.List;

/**
 * Where a rule's literal trigger words occur, found with {@link String#indexOf} so that a rule's regular expressions
 * only run near them: the guard stays linear and fast on 100 kB of benign text.
 */
final class Triggers {

    private Triggers() {}

    /**
     * Sorted start positions of the literals. With {@code wordStart}, a literal that begins with a letter counts only
     * at the start of a word ("log" not inside "catalog"); literals in scripts without spaces (CJK) count anywhere.
     */
    static int[] positions(String text, List<String> literals, boolean wordStart) {
        int[] hits = new int[16];
        int count = 0;
        for (String literal : literals) {
            boolean boundary = wordStart && Character.isLetter(literal.charAt(0)) && !isCjk(literal.charAt(0));
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (boundary && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                if (count == hits.length) hits = Arrays.copyOf(hits, count * 2);
                hits[count++] = at;
            }
        }
        int[] sorted = Arrays.copyOf(hits, count);
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
     * A sentence ends at ; ! ? (also full-width), the ideographic full stop, a line break, or a full stop followed by
     * a space or the end ("~/.aws" and "10.000" do not end one).
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return c == ';' || c == '!' || c == '?' || c == '\n' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF1B';
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
