package dev.cdcarchitect.ui.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text operations for form write-back: replace (or insert, as an empty span) or remove words at one place, or
 * append a clause, and leave every other character as the user typed it. Removal also takes the separator the
 * words leave behind (", ", " and "), so a list stays a list.
 */
final class SpanEdits {

    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("(?i)\\s*(?:[,;&]|\\band|\\bor)\\s*$");
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("(?i)^\\s*(?:[,;&]|and\\b|or\\b)\\s*");

    private SpanEdits() {}

    static String replace(String text, int start, int end, String words) {
        return text.substring(0, start) + words + text.substring(end);
    }

    /** Removes [start, end) with the whitespace or separator that would be left dangling, nothing else. */
    static String remove(String text, int start, int end) {
        String before = text.substring(0, start);
        String after = text.substring(end);
        String afterTrim = after.stripLeading();
        char right = afterTrim.isEmpty() ? '\0' : afterTrim.charAt(0);
        boolean rightEnds = right == '\0' || ".!?\n)".indexOf(right) >= 0 || after.startsWith("\n");
        Matcher sepAfter = SEPARATOR_AFTER.matcher(after);
        boolean rightSep = sepAfter.find();
        if (!rightEnds && !rightSep) return before + afterTrim; // words inside a phrase: drop them and their space
        int sepBefore = separatorBefore(before);
        if (sepBefore >= 0) return before.substring(0, sepBefore) + after;
        String left = before.stripTrailing();
        char leftChar = left.isEmpty() ? '\0' : left.charAt(left.length() - 1);
        if (leftChar == '(' && right == ')') {
            String outer = left.substring(0, left.length() - 1);
            return outer.stripTrailing() + afterTrim.substring(1);
        }
        boolean leftStarts = leftChar == '\0' || ".!?\n".indexOf(leftChar) >= 0;
        if (!leftStarts) return left + after; // "PostgreSQL 14, ..." loses " 14"
        if (rightSep) return before + after.substring(sepAfter.end());
        if (right != '\0' && ".!?".indexOf(right) >= 0) {
            // a sentence of its own: it goes with its full stop
            String rest = afterTrim.substring(1);
            return left.isEmpty() ? rest.stripLeading() : left + rest;
        }
        return left + after;
    }

    /** Removes one item of a list ("Snowflake" in "to Snowflake and Elasticsearch") with the joint next to it. */
    static String removeItem(String text, int start, int end) {
        String before = text.substring(0, start);
        String after = text.substring(end);
        int sepBefore = separatorBefore(before);
        if (sepBefore >= 0) return before.substring(0, sepBefore) + after;
        Matcher sepAfter = SEPARATOR_AFTER.matcher(after);
        if (sepAfter.find()) return before + after.substring(sepAfter.end()); // the first item
        return remove(text, start, end);
    }

    /** Where a separator right before the words starts, or -1; looks at a short tail only (texts can be long). */
    private static int separatorBefore(String before) {
        Matcher m = SEPARATOR_BEFORE.matcher(before);
        m.region(Math.max(0, before.length() - 16), before.length()).useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

    /**
     * Appends a short clause: a sentence of its own after a text that ends one (so sentences other edits wrote stay
     * whole), otherwise after a comma.
     */
    static String append(String text, String clause) {
        String trimmed = text.stripTrailing();
        String tail = text.substring(trimmed.length());
        if (trimmed.isEmpty()) return clause;
        char last = trimmed.charAt(trimmed.length() - 1);
        if (".!?".indexOf(last) >= 0) {
            return trimmed + " " + Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + "." + tail;
        }
        String joint = last == ',' || last == ';' ? " " : ", ";
        return trimmed + joint + clause + tail;
    }
}
