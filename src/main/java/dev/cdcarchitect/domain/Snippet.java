package dev.cdcarchitect.domain;

/** Statements an operator runs by hand (SQL grants, CDC enablement); never executed by the product. */
public record Snippet(String language, String title, String code) {}
