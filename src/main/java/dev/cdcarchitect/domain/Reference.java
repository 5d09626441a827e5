package dev.cdcarchitect.domain;

/** An official documentation page a decision rests on. */
public record Reference(String title, String url) {}
