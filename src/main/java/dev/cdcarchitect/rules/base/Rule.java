package dev.cdcarchitect.rules.base;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.SpecSection;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One concern of the specification. The decision it makes carries the rule's id, so a reviewer can
 * trace every bullet back to exactly one rule.
 */
public record Rule(String id, SpecSection section, Predicate<RuleContext> when, Function<RuleContext, Decision> decide) {

    public static Rule always(String id, SpecSection section, Function<RuleContext, Decision> decide) {
        return new Rule(id, section, ctx -> true, decide);
    }

    public static Rule when(String id, SpecSection section, Predicate<RuleContext> when, Function<RuleContext, Decision> decide) {
        return new Rule(id, section, when, decide);
    }
}
