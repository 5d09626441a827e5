package dev.cdcarchitect.domain;

public enum Compliance {
    GDPR("GDPR"),
    PII("PII"),
    HIPAA("HIPAA"),
    PCI_DSS("PCI DSS");

    private final String displayName;

    Compliance(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
