package dev.cdcarchitect.domain;

/** The two free texts a design is read from. */
public enum InputField {
    SOURCE("source_database"),
    TARGET("target_system");

    private final String fieldName;

    InputField(String fieldName) { this.fieldName = fieldName; }

    /** The field's name in the seed's prompt and in error messages. */
    public String fieldName() { return fieldName; }
}
