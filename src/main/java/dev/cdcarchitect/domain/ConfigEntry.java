package dev.cdcarchitect.domain;

/**
 * One setting with its exact property name and value.
 *
 * @param component which instance of the scope, e.g. the connector or topic name
 */
public record ConfigEntry(ConfigScope scope, String component, String key, String value) {}
