package dev.cdcarchitect.domain;

/** The five sections of the user's specification, with its exact headings, in order. */
public enum SpecSection {
    ENGINE(1, "CDC Engine Selection & Configuration"),
    LOG_AND_SNAPSHOT(2, "Log Replication Protocol & Snapshot Strategy"),
    SCHEMA(3, "Schema Registry & Evolution Policy"),
    TOPOLOGY(4, "Event Streaming Topology (Partitioning & Ordering)"),
    FAILURE(5, "Failure Domains & Recovery (Offset Management)");

    private final int number;
    private final String heading;

    SpecSection(int number, String heading) {
        this.number = number;
        this.heading = heading;
    }

    public int number() { return number; }

    public String heading() { return heading; }
}
