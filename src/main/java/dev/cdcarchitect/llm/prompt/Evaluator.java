package dev.cdcarchitect.llm.prompt;

import java.util.regex.Pattern;

/** A check on an answer: a string test (contains, startsWith, endsWith, equals) or a regular expression. */
public sealed interface Evaluator permits Evaluator.StringCheck, Evaluator.RegexCheck {

    String name();

    boolean passes(String output);

    /** What the check looks for, for the eval report. */
    String describe();

    enum StringKind { CONTAINS, STARTS_WITH, ENDS_WITH, EQUALS }

    record StringCheck(String name, StringKind kind, String value) implements Evaluator {
        @Override
        public boolean passes(String output) {
            return switch (kind) {
                case CONTAINS -> output.contains(value);
                case STARTS_WITH -> output.startsWith(value);
                case ENDS_WITH -> output.endsWith(value);
                case EQUALS -> output.equals(value);
            };
        }

        @Override
        public String describe() {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace("_", " ") + " \"" + value + "\"";
        }
    }

    /**
     * As in the user's prompt file: passes when the pattern is found anywhere in the answer. The pattern is the
     * user's, so its work is bounded: a runaway one ends in {@link EvaluatorTooSlowException}, never a hang.
     */
    record RegexCheck(String name, Pattern pattern) implements Evaluator {
        @Override
        public boolean passes(String output) {
            try {
                return pattern.matcher(new BoundedText(output, BoundedText.DEFAULT_BUDGET)).find();
            } catch (BoundedText.Exhausted | StackOverflowError e) { // deep recursion is the other way a pattern runs away
                throw new EvaluatorTooSlowException(name, pattern.pattern());
            }
        }

        @Override
        public String describe() {
            return "matches /" + pattern.pattern() + "/";
        }
    }
}
