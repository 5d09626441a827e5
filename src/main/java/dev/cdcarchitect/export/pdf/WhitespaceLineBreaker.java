package dev.cdcarchitect.export.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Lets lines wrap only after whitespace. openhtmltopdf's default breaker also wraps after dots, slashes and dashes
 * (it treats such words as URLs), so a config key copied out of the PDF read "offset.storage. topic=": a copied key
 * or value must be exactly what the export holds.
 */
final class WhitespaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    /** The next place a line may start: after a run of whitespace, or the end of the text, then DONE. */
    @Override
    public int next() {
        if (position > text.length() || text.isEmpty()) return BreakIterator.DONE;
        int i = position;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        position = i == text.length() ? i + 1 : i; // once the end is returned, only DONE remains
        return i;
    }
}
