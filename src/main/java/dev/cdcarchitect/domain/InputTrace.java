package dev.cdcarchitect.domain;

import java.util.List;

/** How the two texts were read: every fact with its words, and every part that could not be used. */
public record InputTrace(List<StatedFact> facts, List<NotUnderstood> notUnderstood) {

    public static final InputTrace NONE = new InputTrace(List.of(), List.of());

    public InputTrace {
        facts = List.copyOf(facts);
        notUnderstood = List.copyOf(notUnderstood);
    }
}
