package dev.cdcarchitect.domain;

/**
 * One fact the intake read and the design uses, with the words it came from ("Inputs as read").
 *
 * @param fact  what it is, e.g. "peak change rate"
 * @param value the value as the design uses it, e.g. "8,000 changes/s"
 * @param words the user's own words, quoted as written
 */
public record StatedFact(String fact, String value, TextSpan span, String words) {}
