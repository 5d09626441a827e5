package dev.cdcarchitect.domain;

import java.util.List;

/** One of the five sections with its decisions in rule order. */
public record Section(SpecSection kind, List<Decision> decisions) {

    public Section {
        decisions = List.copyOf(decisions);
    }
}
