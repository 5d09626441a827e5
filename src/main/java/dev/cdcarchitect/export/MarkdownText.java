package dev.cdcarchitect.export;

/**
 * Makes any text safe inside a Markdown document: on one line, with every character that Markdown or inline
 * HTML could interpret backslash-escaped, so user text can neither start a block, open a link or image, nor
 * inject HTML. Inside fenced blocks, {@link #fenceFor} picks a fence longer than any backtick run in the content.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]<>|~&!#$";

    private MarkdownText() {}

    /** Prose on one line: newlines and tabs become spaces, Markdown punctuation is escaped. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c >= 0x20 || c == 0) {
                out.append(c == 0 ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A table cell: like {@link #inline}; the escaped pipe keeps the column count. */
    public static String cell(String text) {
        return inline(text);
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
