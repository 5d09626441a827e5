package dev.cdcarchitect.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Undoes the cheap disguises: zero-width and bidi characters, full-width and compatibility forms, and
 * Cyrillic/Greek look-alikes of Latin letters. The result is lower case with single spaces (a line break stays one,
 * as it ends a sentence).
 */
final class TextNormalizer {

    private static final String LOOK_ALIKES = "аеорсухѕіјкмнтвАВЕКМНОРСТХЅІЈοαειινρτυχκΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String LATIN = "aeopcyxsijkmhtbABEKMHOPCTXSIJoaeiivptuxkABEZHIKMNOPTYX";

    private TextNormalizer() {}

    /**
     * The forms of a text the guard judges: with look-alikes folded to Latin; as written, when it has Cyrillic or
     * Greek letters (so that Russian words stay Russian); and with leetspeak folded, when a word is disguised.
     */
    static List<String> forms(String text) {
        List<String> forms = new ArrayList<>(3);
        String folded = normalize(text);
        forms.add(folded);
        // the extra forms hold only the sentences they change, so that they cost little on long texts
        String cyrillicOrGreek = sentencesWhere(text, TextNormalizer::hasLookAlikeScript);
        if (!cyrillicOrGreek.isEmpty()) forms.add(normalize(cyrillicOrGreek, false));
        String disguised = sentencesWhere(folded, Leetspeak::hasDisguisedWord);
        if (!disguised.isEmpty()) forms.add(Leetspeak.fold(disguised));
        return forms;
    }

    private interface SentenceTest {
        boolean holds(String text, int from, int to);
    }

    /** The sentences that pass the test, each on a line of its own. */
    private static String sentencesWhere(String text, SentenceTest test) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), Triggers.sentenceEnd(text, start) + 1);
            if (test.holds(text, start, end)) out.append(text, start, end).append('\n');
            start = end;
        }
        return out.toString();
    }

    static String normalize(String text) {
        return normalize(text, true);
    }

    private static String normalize(String text, boolean foldLookAlikes) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) continue;
            int lookAlike = foldLookAlikes ? LOOK_ALIKES.indexOf(c) : -1;
            visible.append(lookAlike >= 0 ? LATIN.charAt(lookAlike) : c);
        }
        String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        boolean lineBreak = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                lineBreak |= c == '\n' || c == '\r';
            } else {
                if (space && out.length() > 0) out.append(lineBreak ? '\n' : ' ');
                space = false;
                lineBreak = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cyrillic or Greek letters between the two positions. */
    private static boolean hasLookAlikeScript(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '\u0370' && c <= '\u04FF') return true;
        }
        return false;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF' || c == '\u00AD' || c == '\u180E' || c == '\u034F';
    }
}
