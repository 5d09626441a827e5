package dev.cdcarchitect.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One named design in a project: the two texts and everything the user set around them. {@code extra} holds fields
 * this version does not know, so they survive a round trip.
 */
public record ProjectDesign(
        String name,
        String sourceText,
        String targetText,
        String engine,
        double rateFactor,
        double growthFactor,
        int partitionOverride,
        String llmAnswer,
        String notes,
        ObjectNode extra) {

    public static ProjectDesign of(String name, String source, String target) {
        return new ProjectDesign(name, source, target, "rules", 1, 0, 0, null, "", null);
    }

    /** The what-if factors saved with the design; a missing or broken value (0, negative) means "as stated". */
    public dev.cdcarchitect.domain.WhatIf whatIf() {
        return dev.cdcarchitect.domain.WhatIf.of(rateFactor, growthFactor, partitionOverride);
    }

    public ProjectDesign withName(String newName) {
        return new ProjectDesign(newName, sourceText, targetText, engine, rateFactor, growthFactor, partitionOverride, llmAnswer, notes, extra);
    }

    public ProjectDesign withTexts(String source, String target) {
        return new ProjectDesign(name, source, target, engine, rateFactor, growthFactor, partitionOverride, llmAnswer, notes, extra);
    }

    public ProjectDesign withNotes(String text) {
        return new ProjectDesign(name, sourceText, targetText, engine, rateFactor, growthFactor, partitionOverride, llmAnswer, text, extra);
    }
}
