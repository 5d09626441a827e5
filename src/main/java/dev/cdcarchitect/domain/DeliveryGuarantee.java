package dev.cdcarchitect.domain;

public enum DeliveryGuarantee {
    AT_LEAST_ONCE("at-least-once"),
    EXACTLY_ONCE("exactly-once");

    private final String displayName;

    DeliveryGuarantee(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
