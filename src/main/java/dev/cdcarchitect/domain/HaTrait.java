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

    /** Whether the engine has this topology: RAC is Oracle's, Always On SQL Server's, a replica set MongoDB's. */
    public boolean appliesTo(SourceEngine engine) {
        return switch (this) {
            case RAC -> engine == SourceEngine.ORACLE;
            case ALWAYS_ON -> engine == SourceEngine.SQLSERVER;
            case REPLICA_SET -> engine == SourceEngine.MONGODB;
            default -> true;
        };
    }
}
