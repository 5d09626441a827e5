package dev.cdcarchitect.domain;

/** One sizing figure with the formula that produced it, so a reviewer can check it. */
public record SizingLine(String id, String label, String value, String formula) {}
