package dev.cdcarchitect.domain;

/**
 * A part of the input that holds a number, a name or a requirement word the intake could not use: shown to
 * the user, never silently dropped.
 *
 * @param words      the user's words, quoted as written
 * @param suggestion how to phrase it so it is read, or why it cannot be
 */
public record NotUnderstood(TextSpan span, String words, String suggestion) {}
