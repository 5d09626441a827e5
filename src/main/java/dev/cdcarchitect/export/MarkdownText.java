package dev.cdcarchitect.export;

/**
 * Makes any text safe inside a Markdown document: on one line, with every character that Markdown or inline
 * HTML could interpret backslash-escaped, so user text can neither start a block, open a link or image, nor
 * inject HTML. Inside fenced blocks, {@link #fenceFor} picks a fence longer than any backtick run in the content.
 */
public final class MarkdownText {

    /** Always escaped; '_' and '&' only where Markdown would read them (see {@link #needsEscape}). */
    private static final String SPECIAL = "\\`*[]<|~#$";

    private MarkdownText() {}

    /** Prose on one line: newlines and tabs become spaces, Markdown punctuation is escaped. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (needsEscape(text, i)) {
                out.append('\\').append(c);
            } else if (c >= 0x20 || c == 0) {
                out.append(c == 0 ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * '_' inside a word (wal_level) never starts emphasis in CommonMark, and '&' only matters before an entity
     * name, so the text stays readable in a terminal; everything else Markdown interprets is escaped.
     */
    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (SPECIAL.indexOf(c) >= 0) return true;
        if (c == '_') {
            boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            return !(before && after);
        }
        if (c == '&') return i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#');
        return false;
    }

    /** A table cell: like {@link #inline}; the escaped pipe keeps the column count. */
    public static String cell(String text) {
        return inline(text);
    }

    /** A link destination: plain when it is a simple URL, otherwise in angle brackets with the brackets encoded. */
    public static String linkTarget(String url) {
        String encoded = url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace("\n", "").replace("\r", "");
        return encoded.contains("(") || encoded.contains(")") ? "<" + encoded + ">" : encoded;
    }

    /** Three backticks, or one more than the longest backtick run in {@code code}. */
    public static String fenceFor(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
