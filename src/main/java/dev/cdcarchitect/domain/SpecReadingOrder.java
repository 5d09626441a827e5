package dev.cdcarchitect.domain;

import java.util.List;

/**
 * The order a specification is read in, and the titles and table headers of its parts: the one source for the
 * window's list of the spec and the Markdown and PDF documents, so a reader finds the same thing in the same place.
 * Sections themselves come in {@link SpecSection} order with its headings.
 */
public final class SpecReadingOrder {

    /** A part of a section; DECISIONS is the section's decisions, each under its own title. */
    public enum Part {
        INPUT_WARNINGS("Input warnings"),
        INPUTS_AS_READ("Inputs as read"),
        ASSUMPTIONS("Assumptions"),
        SIZING("Sizing"),
        DECISIONS(""),
        FAILURE_MATRIX("Failure matrix");

        private final String title;

        Part(String title) { this.title = title; }

        public String title() { return title; }
    }

    /** The sub-heading under the inputs as read for the words that could not be used. */
    public static final String NOT_UNDERSTOOD = "Not understood";
    public static final List<String> INPUTS_HEADER = List.of("Fact", "Value", "From the words");
    public static final List<String> SIZING_HEADER = List.of("Figure", "Value", "Formula");
    public static final List<String> FAILURE_HEADER = List.of("Failure", "Detection", "Impact", "Recovery", "RPO", "RTO");

    private SpecReadingOrder() {}

    /** The parts of one section in reading order: the engine section is led by what was read and the sizing. */
    public static List<Part> parts(SpecSection section) {
        return switch (section) {
            case ENGINE -> List.of(Part.INPUT_WARNINGS, Part.INPUTS_AS_READ, Part.ASSUMPTIONS, Part.SIZING, Part.DECISIONS);
            case FAILURE -> List.of(Part.DECISIONS, Part.FAILURE_MATRIX);
            default -> List.of(Part.DECISIONS);
        };
    }
}
