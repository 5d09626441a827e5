package dev.cdcarchitect.safety;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Undoes the cheap disguises: zero-width and bidi characters, full-width and compatibility forms, and
 * Cyrillic/Greek look-alikes of Latin letters. The result is lower case with single spaces.
 */
final class TextNormalizer {

    private static final String LOOK_ALIKES = "аеорсухѕіјкмнтвАВЕКМНОРСТХЅІЈοαειινρτυχκΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String LATIN = "aeopcyxsijkmhtbABEKMHOPCTXSIJoaeiivptuxkABEZHIKMNOPTYX";

    private TextNormalizer() {}

    static String normalize(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) continue;
            int lookAlike = LOOK_ALIKES.indexOf(c);
            visible.append(lookAlike >= 0 ? LATIN.charAt(lookAlike) : c);
        }
        String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF' || c == '\u00AD' || c == '\u180E' || c == '\u034F';
    }
}
