package dev.cdcarchitect.domain;

/** A key setting shown with a diagram node. */
public record NodeSetting(String key, String value) {}
