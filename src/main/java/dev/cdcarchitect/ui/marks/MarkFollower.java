package dev.cdcarchitect.ui.marks;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps marks made for one text valid for an edited copy of it: marks before the edited region stay, marks
 * after it move with the text, marks in or touching it are dropped (their words changed, so the fact may have
 * too) until the next design brings fresh ones.
 */
public final class MarkFollower {

    private MarkFollower() {}

    public static List<TextMark> follow(List<TextMark> marks, String markedText, String currentText) {
        if (markedText.equals(currentText)) return marks;
        int shortest = Math.min(markedText.length(), currentText.length());
        int prefix = 0;
        while (prefix < shortest && markedText.charAt(prefix) == currentText.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < shortest - prefix
                && markedText.charAt(markedText.length() - 1 - suffix) == currentText.charAt(currentText.length() - 1 - suffix)) suffix++;
        int editEnd = markedText.length() - suffix; // end of the edited region in the marked text
        int delta = currentText.length() - markedText.length();
        boolean wordBefore = word(markedText, prefix) || word(currentText, prefix);
        boolean wordAfter = word(markedText, editEnd - 1) || word(currentText, currentText.length() - suffix - 1);
        List<TextMark> kept = new ArrayList<>();
        for (TextMark m : marks) {
            if (m.end() < prefix || m.end() == prefix && !wordBefore) kept.add(m);
            else if (m.start() > editEnd || m.start() == editEnd && !wordAfter) kept.add(m.shifted(delta));
        }
        return List.copyOf(kept);
    }

    /** A letter, digit or underscore at {@code index}: an edit there continues or shortens the word beside it. */
    private static boolean word(String text, int index) {
        if (index < 0 || index >= text.length()) return false;
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
