package dev.cdcarchitect.llm.prompt;

/**
 * The answer as a regex sees it, with a budget of character reads: java.util.regex reads its input only through
 * charAt, so counting reads bounds any pattern's work, however it backtracks, and the result does not depend on
 * the machine's speed.
 */
final class BoundedText implements CharSequence {

    /** Past this many reads a match is given up; a sane pattern needs a few reads per character of the answer. */
    static final long DEFAULT_BUDGET = 20_000_000L;

    /** Thrown through the regex engine when the budget is spent. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final CharSequence text;
    private final long[] remaining;

    BoundedText(CharSequence text, long budget) {
        this(text, new long[] {budget});
    }

    private BoundedText(CharSequence text, long[] remaining) {
        this.text = text;
        this.remaining = remaining;
    }

    @Override
    public char charAt(int index) {
        if (--remaining[0] < 0) throw new Exhausted();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.subSequence(start, end), remaining);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
