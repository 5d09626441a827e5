package dev.cdcarchitect.cutover;

import java.util.List;

/**
 * One phase of the cutover: what it does, when it may start, when it is done, and the decisions it rests on.
 *
 * @param decisionIds ids of the design's decisions and sizing lines the criteria come from
 */
public record CutoverPhase(String name, String purpose, List<String> entry, List<String> exit, List<String> decisionIds) {

    public CutoverPhase {
        entry = List.copyOf(entry);
        exit = List.copyOf(exit);
        decisionIds = List.copyOf(decisionIds);
    }
}
