package dev.cdcarchitect.cutover;

/** One column of a reconciled table: its name as the system stores it, and how its value is rendered. */
public record Column(String name, ColumnType type) {}
