package dev.cdcarchitect.safety;

import java.util.List;

/**
 * SQL string literals glued together ({@code 'DR' || 'OP TA' || 'BLE x;'}, {@code 'a' + 'b'},
 * {@code CONCAT('DR', 'OP ...')}) joined into the statement they spell, each chain on a line of its own. Linear: each
 * character is looked at a bounded number of times.
 */
final class SqlConcatenation {

    private static final int MAX_LITERAL = 200;

    private SqlConcatenation() {}

    static void addForms(String text, List<String> decoded) {
        if (text.indexOf('\'') < 0) return;
        StringBuilder joined = new StringBuilder();
        int i = text.indexOf('\'');
        while (i >= 0 && i < text.length()) {
            boolean inConcat = text.regionMatches(true, Math.max(0, i - 7), "concat(", 0, 7)
                    || text.regionMatches(true, Math.max(0, i - 8), "concat( ", 0, 8);
            StringBuilder chain = new StringBuilder();
            int literals = 0;
            int at = i;
            while (true) {
                int close = closingQuote(text, at);
                if (close < 0) break;
                chain.append(text, at + 1, close);
                literals++;
                int next = afterJoiner(text, close + 1, inConcat);
                if (next < 0 || next >= text.length() || text.charAt(next) != '\'') {
                    at = close;
                    break;
                }
                at = next;
            }
            if (literals >= 2) joined.append(chain).append('\n');
            int resume = text.indexOf('\'', at + 1);
            i = resume;
        }
        if (joined.length() > 0) decoded.add(joined.toString());
    }

    /** The quote that closes the literal opened at {@code open}, within {@value #MAX_LITERAL} characters, or -1. */
    private static int closingQuote(String text, int open) {
        int limit = Math.min(text.length(), open + 1 + MAX_LITERAL);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\'') return j;
            if (c == '\n') return -1;
        }
        return -1;
    }

    /** Position after spaces, a joining operator ({@code ||}, {@code +}, or {@code ,} inside CONCAT) and spaces; -1 if none. */
    private static int afterJoiner(String text, int from, boolean inConcat) {
        int j = skipSpaces(text, from);
        if (text.startsWith("||", j)) j += 2;
        else if (j < text.length() && (text.charAt(j) == '+' || (inConcat && text.charAt(j) == ','))) j++;
        else return -1;
        return skipSpaces(text, j);
    }

    private static int skipSpaces(String text, int from) {
        int j = from;
        while (j < text.length() && j - from < 20 && text.charAt(j) == ' ') j++;
        return j;
    }
}
