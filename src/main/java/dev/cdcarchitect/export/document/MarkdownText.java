package dev.cdcarchitect.export.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any text safe inside a Markdown document: on one line, with every character that Markdown or inline
 * HTML could interpret backslash-escaped, so user text can neither start a block, open a link or image, nor
 * inject HTML. Inside fenced blocks, {@link #fenceFor} picks a fence longer than any backtick run in the content.
 */
public final class MarkdownText {

    /** Always escaped; '_' and '&' only where Markdown would read them (see {@link #needsEscape}). */
    private static final String SPECIAL = "\\`*[]<|~#$";

    private MarkdownText() {}

    /** Anything a renderer could turn into a link by itself (GitHub autolinks bare URLs and www. names). */
    private static final Pattern URL_LIKE = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]{1,15}:(?://)?|www\\.)[^\\s]+");

    /**
     * Prose on one line: newlines and tabs become spaces, Markdown punctuation is escaped, and URL-like words
     * become code spans, so no text can turn into a link, an image, HTML or a block.
     */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher url = URL_LIKE.matcher(text);
        int last = 0;
        while (url.find()) {
            if (!url.group().contains("/") && !url.group().toLowerCase(java.util.Locale.ROOT).startsWith("www.")
                    && !url.group().toLowerCase(java.util.Locale.ROOT).matches("(javascript|data|vbscript|mailto|file):.*")) {
                continue; // "key:value" or "e.g.:" are words, not links
            }
            escapeInto(out, text, last, url.start());
            codeSpan(out, url.group());
            last = url.end();
        }
        escapeInto(out, text, last, text.length());
        return out.toString();
    }

    private static void codeSpan(StringBuilder out, String code) {
        String fence = "`".repeat(longestBacktickRun(code) + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`");
        out.append(fence).append(pad ? " " : "").append(code).append(pad ? " " : "").append(fence);
    }

    private static void escapeInto(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (needsEscape(text, i)) {
                out.append('\\').append(c);
            } else if (c >= 0x20 || c == 0) {
                out.append(c == 0 ? '\uFFFD' : c);
            }
        }
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
        return "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
    }

    private static int longestBacktickRun(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
