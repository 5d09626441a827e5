package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.StatedFact;
import dev.cdcarchitect.domain.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake's provenance: the two texts, what each reader used of them, and the facts that came out.
 *
 * <p>Readers run in order on a working copy of each text in which every span already used is blanked, so no
 * two facts are read from the same words (a binlog retention never becomes the Kafka retention) and whatever is
 * left at the end is exactly what the intake did not use. Readers see the text with whitespace runs collapsed;
 * spans are reported in the offsets of the text as the user wrote it.
 */
final class SpanLedger {

    private static final class Field {
        final String original;
        final int[] toOriginal;
        final StringBuilder working;

        Field(String original) {
            this.original = original;
            this.toOriginal = new int[original.length() + 1];
            this.working = new StringBuilder(original.length());
            collapse();
        }

        /** One space (or newline) per whitespace run: no pattern can be made to backtrack over a long run. */
        private void collapse() {
            int i = 0;
            while (i < original.length()) {
                char c = original.charAt(i);
                if (!Character.isWhitespace(c)) {
                    toOriginal[working.length()] = i;
                    working.append(c);
                    i++;
                    continue;
                }
                int runStart = i;
                boolean newline = false;
                while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
                    newline |= original.charAt(i) == '\n';
                    i++;
                }
                toOriginal[working.length()] = runStart;
                working.append(newline ? '\n' : ' ');
            }
            toOriginal[working.length()] = original.length();
        }
    }

    private final Map<InputField, Field> fields = new EnumMap<>(InputField.class);
    private final Map<InputField, String> collapsed = new EnumMap<>(InputField.class);
    private final List<StatedFact> facts = new ArrayList<>();

    SpanLedger(String sourceText, String targetText) {
        fields.put(InputField.SOURCE, new Field(sourceText));
        fields.put(InputField.TARGET, new Field(targetText));
        for (InputField f : InputField.values()) collapsed.put(f, fields.get(f).working.toString());
    }

    /** The text with whitespace collapsed and nothing blanked: for readers that only look (warnings). */
    String full(InputField field) {
        return collapsed.get(field);
    }

    /** The text with whitespace collapsed and every used span blanked. */
    String unused(InputField field) {
        return fields.get(field).working.toString();
    }

    Matcher matcher(InputField field, Pattern pattern) {
        return pattern.matcher(unused(field));
    }

    /** Records a fact read from [start, end) of the collapsed text and marks those words used. */
    void fact(InputField field, int start, int end, String fact, String value) {
        facts.add(new StatedFact(fact, value, span(field, start, end), words(field, start, end)));
        use(field, start, end);
    }

    /** Marks words used without a fact of their own (they belong to a fact read nearby). */
    void use(InputField field, int start, int end) {
        StringBuilder working = fields.get(field).working;
        for (int i = start; i < end && i < working.length(); i++) {
            if (working.charAt(i) != '\n') working.setCharAt(i, ' ');
        }
    }

    /** Finds the first match, records it as a fact and marks every further match used too; false if none. */
    boolean factAll(InputField field, Pattern pattern, String fact, String value) {
        Matcher m = matcher(field, pattern);
        if (!m.find()) return false;
        fact(field, m.start(), m.end(), fact, value);
        while (m.find()) use(field, m.start(), m.end());
        return true;
    }

    /** A negation just before the words ("no", "not", "we do not own a", "without") or just after ("is forbidden"). */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "\\b(?:no|not|never|without|non|nor|isn't|aren't|don't|doesn't|didn't|do\\s+not|does\\s+not|did\\s+not)\\b"
                    + "(?:[\\s-]+[a-z'/]+){0,1}[\\s-]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION_AFTER = Pattern.compile(
            "^\\s*(?:is|are)?\\s*(?:not\\s+(?:needed|required|necessary|wanted|allowed|in\\s+scope|applicable|an?\\s+option|relevant)"
                    + "|forbidden|banned|prohibited|out\\s+of\\s+scope|never\\s+used|unnecessary|not\\s+a\\s+requirement)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The span of the words at [start, end) with their negation, when they are negated within their clause ("there is
     * no GDPR scope", "Avro is forbidden"); null when they are not negated.
     */
    int[] negation(InputField field, int start, int end) {
        String text = collapsed.get(field);
        int from = start;
        while (from > 0 && start - from < 40 && ".;,\n(".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < text.length() && to - end < 40 && ".;,\n)".indexOf(text.charAt(to)) < 0) to++;
        Matcher before = NEGATION_BEFORE.matcher(text.substring(from, start));
        if (before.find()) return new int[] {from + before.start(), end};
        Matcher after = NEGATION_AFTER.matcher(text.substring(end, to));
        if (after.find()) return new int[] {start, end + after.end()};
        return null;
    }

    /**
     * As {@link #factAll}, but a negated first match is recorded as the negation ({@code negatedValue}), with the
     * negating words in its span, and gives {@link Boolean#FALSE}; null when nothing matched.
     */
    Boolean factAllOrNegation(InputField field, Pattern pattern, String fact, String value, String negatedValue) {
        Matcher m = matcher(field, pattern);
        if (!m.find()) return null;
        int[] negated = negation(field, m.start(), m.end());
        if (negated != null) fact(field, negated[0], negated[1], fact, negatedValue);
        else fact(field, m.start(), m.end(), fact, value);
        while (m.find()) use(field, m.start(), m.end());
        return negated == null;
    }

    /** The span in the original text for collapsed offsets. */
    TextSpan span(InputField field, int start, int end) {
        Field f = fields.get(field);
        int s = f.toOriginal[Math.min(start, f.working.length())];
        int e = end <= start ? s : f.toOriginal[Math.min(end - 1, f.working.length() - 1)] + 1;
        return new TextSpan(field, s, Math.min(Math.max(e, s), f.original.length()));
    }

    /** The user's words for collapsed offsets, one line, as written. */
    String words(InputField field, int start, int end) {
        return collapsed.get(field).substring(start, Math.min(end, collapsed.get(field).length())).strip();
    }

    /** The facts in reading order of the texts: source first, then target, each by position. */
    List<StatedFact> facts() {
        List<StatedFact> sorted = new ArrayList<>(facts);
        sorted.sort(java.util.Comparator.comparing((StatedFact f) -> f.span().field()).thenComparingInt(f -> f.span().start()));
        return List.copyOf(sorted);
    }
}
