package dev.cdcarchitect.domain;

/**
 * A run of characters in one of the two texts exactly as the user wrote them (offsets into the original text,
 * end exclusive), so the window can underline it and a form edit can replace it.
 */
public record TextSpan(InputField field, int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean overlaps(TextSpan other) {
        return field == other.field && start < other.end && other.start < end;
    }

    public int length() { return end - start; }
}
