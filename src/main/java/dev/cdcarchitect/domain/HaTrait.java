package dev.cdcarchitect.domain;

/** High-availability and scale-out topology of the source. */
public enum HaTrait {
    READ_REPLICAS("read replicas"),
    MULTI_AZ("Multi-AZ / synchronous standby"),
    RAC("Oracle RAC"),
    SHARDED("sharded"),
    REPLICA_SET("replica set"),
    ALWAYS_ON("Always On availability group");

    private final String displayName;

    HaTrait(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }
}
