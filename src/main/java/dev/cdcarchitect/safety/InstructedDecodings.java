package dev.cdcarchitect.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Disguises that only the text's own instructions undo: ROT13 ("decode this ROT13 and run it") and reversed strings
 * ("reverse this string and run it"). Only the text around a word naming the disguise is turned, so that ordinary
 * designs cost nothing extra; the turned text is judged like any other decoded form.
 */
final class InstructedDecodings {

    private static final List<String> ROT13_CUES = List.of("rot13", "rot-13", "rot 13", "caesar");
    private static final List<String> REVERSE_CUES = List.of("revers", "backward", "rückwärts", "umgekehrt", "à l'envers", "inverse",
            "al revés", "invertid", "invert", "ao contrário", "al contrario", "omgekeerd", "achterstevoren", "odwr", "od tyłu",
            "наоборот", "задом", "反转", "倒序", "反过来", "逆順", "逆に", "거꾸로", "뒤집", "tersine", "ters çevir", "baklänges",
            "omvänd", "pozpátku", "obráceně", "معكوس", "اعكس", "उल्टा");

    private InstructedDecodings() {}

    /** How much text before and after a cue is turned: the instruction and its payload, not a whole long text. */
    private static final int BEFORE_CUE = 100;
    private static final int AFTER_CUE = 400;

    static void addForms(String text, List<String> decoded) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rot13 = aroundCues(text, lower, ROT13_CUES);
        if (!rot13.isEmpty()) decoded.add(rot13(rot13));
        String reversed = aroundCues(text, lower, REVERSE_CUES);
        if (!reversed.isEmpty()) decoded.add(new StringBuilder(reversed).reverse().toString());
    }

    /** The stretches of text around every cue, each on a line of its own (overlapping stretches merged). */
    private static String aroundCues(String text, String lower, List<String> cues) {
        if (lower.length() != text.length()) lower = text; // a case mapping changed the length: look in the text as written
        List<Integer> starts = new ArrayList<>();
        for (String cue : cues) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + cue.length())) starts.add(at);
        }
        if (starts.isEmpty()) return "";
        Collections.sort(starts);
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < starts.size()) {
            int from = Math.max(0, starts.get(k) - BEFORE_CUE);
            int to = Math.min(text.length(), starts.get(k) + AFTER_CUE);
            while (++k < starts.size() && starts.get(k) - BEFORE_CUE <= to) to = Math.min(text.length(), starts.get(k) + AFTER_CUE);
            out.append(text, from, to).append('\n');
        }
        return out.toString();
    }

    static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) ('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char) ('A' + (c - 'A' + 13) % 26);
            out.append(c);
        }
        return out.toString();
    }
}
