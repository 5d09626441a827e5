package dev.cdcarchitect.ui.marks;

/**
 * One mark in a text field: a run of characters (end exclusive) the intake read or could not use, and the
 * sentence its tooltip shows.
 */
public record TextMark(Kind kind, int start, int end, String tooltip) {

    public enum Kind {
        /** Words a fact was read from: underlined, tooltip "fact: value". */
        RECOGNISED,
        /** Words the intake could not use: marked differently, tooltip with the suggestion. */
        NOT_UNDERSTOOD
    }

    public TextMark {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mark " + start + ".." + end);
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    TextMark shifted(int delta) {
        return new TextMark(kind, start + delta, end + delta, tooltip);
    }
}
