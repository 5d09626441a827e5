package dev.cdcarchitect.domain;

/** A value the input did not state and the engine chose; shown in section 1. */
public record Assumption(String field, String value, String reason) {}
