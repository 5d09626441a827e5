package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.DesignInput;
import java.util.Arrays;
import java.util.List;

/** Compares what two inputs read, leaving out the facts an edit was meant to change. */
final class Provenance {

    private Provenance() {}

    /** Every other fact (label, value, words), every named object and every assumption reads the same. */
    static void sameExcept(DesignInput before, DesignInput after, String... changedFacts) {
        List<String> changed = Arrays.asList(changedFacts);
        assertEquals(facts(before, changed), facts(after, changed), "other facts");
        assertEquals(objects(before), objects(after), "named objects");
        assertEquals(assumptions(before, changed), assumptions(after, changed), "assumptions");
        assertEquals(before.facts().propagateTruncates(), after.facts().propagateTruncates(), "truncates");
        assertEquals(before.facts().logRetentionHours(), after.facts().logRetentionHours(), "log retention");
        assertEquals(before.requirements().nativeSink(), after.requirements().nativeSink(), "no-Kafka destination");
    }

    private static List<String> facts(DesignInput input, List<String> changed) {
        return input.trace().facts().stream().filter(f -> !changed.contains(f.fact()))
                .map(f -> f.fact() + "=" + f.value() + " <" + f.words() + ">").toList();
    }

    private static List<String> objects(DesignInput input) {
        return input.facts().objects().stream().map(o -> o.kind() + " " + o.name() + " " + o.roles()).toList();
    }

    /** Assumptions about the changed facts may come (a stated fact was removed) or go (one was stated). */
    private static List<String> assumptions(DesignInput input, List<String> changed) {
        return input.assumptions().stream().filter(a -> !changed.contains(a.field()) && !changed.contains(label(a)))
                .map(a -> a.field() + "=" + a.value()).toList();
    }

    /** Assumption fields are named a little differently from fact labels ("latency SLO", "peak rate"). */
    private static String label(Assumption a) {
        return switch (a.field()) {
            case "latency SLO" -> "latency objective";
            case "peak rate" -> "peak change rate";
            default -> a.field();
        };
    }
}
