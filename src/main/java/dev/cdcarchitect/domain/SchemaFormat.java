package dev.cdcarchitect.domain;

public enum SchemaFormat {
    AVRO("Avro"),
    PROTOBUF("Protobuf");

    private final String displayName;

    SchemaFormat(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
