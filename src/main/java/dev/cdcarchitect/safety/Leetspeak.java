package dev.cdcarchitect.safety;

/**
 * Leetspeak (0→o, 4→a, 3→e, 1→i, 5→s, 7→t, @→a, $→s) folded back to letters, only inside words that also hold
 * letters: "pg16" becomes "pgi6" (harmless), but "10.000 TPS" and other numbers stay as they are.
 */
final class Leetspeak {

    private static final String DISGUISES = "043157@$";
    private static final String LETTERS = "oaeistas";

    private Leetspeak() {}

    static boolean hasDisguisedWord(String text) {
        return hasDisguisedWord(text, 0, text.length());
    }

    static boolean hasDisguisedWord(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int end = i;
            boolean letter = false;
            boolean disguise = false;
            while (end < to && isWordChar(text.charAt(end))) {
                char c = text.charAt(end++);
                letter |= Character.isLetter(c);
                disguise |= DISGUISES.indexOf(c) >= 0;
            }
            if (letter && disguise) return true;
            i = end == i ? i + 1 : end;
        }
        return false;
    }

    static boolean isDisguised(String word) {
        boolean letter = false;
        boolean disguise = false;
        for (int i = 0; i < word.length(); i++) {
            letter |= Character.isLetter(word.charAt(i));
            disguise |= DISGUISES.indexOf(word.charAt(i)) >= 0;
        }
        return letter && disguise;
    }

    /** The text with every disguised word folded back to letters; other words as they are. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) end++;
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String word = text.substring(i, end);
            out.append(isDisguised(word) ? foldWord(word) : word);
            i = end;
        }
        return out.toString();
    }

    static String foldWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int d = DISGUISES.indexOf(word.charAt(i));
            out.append(d >= 0 ? LETTERS.charAt(d) : word.charAt(i));
        }
        return out.toString();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }
}
