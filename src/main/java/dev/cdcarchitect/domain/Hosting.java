package dev.cdcarchitect.domain;

/** Where the source database runs; managed services expose settings differently. */
public enum Hosting {
    SELF_MANAGED("self-managed"),
    AWS_RDS("Amazon RDS"),
    AWS_AURORA("Amazon Aurora"),
    GCP_CLOUD_SQL("Google Cloud SQL"),
    GCP_ALLOYDB("Google AlloyDB"),
    AZURE("Azure managed service"),
    MONGODB_ATLAS("MongoDB Atlas");

    private final String displayName;

    Hosting(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }

    public boolean isManaged() { return this != SELF_MANAGED; }

    /** Whether this service offers that engine (Aurora runs PostgreSQL and MySQL only, Atlas MongoDB only, ...). */
    public boolean offers(SourceEngine engine) {
        return switch (this) {
            case SELF_MANAGED -> true;
            case AWS_RDS -> engine != SourceEngine.MONGODB && engine != SourceEngine.CASSANDRA;
            case AWS_AURORA -> engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL;
            case GCP_CLOUD_SQL -> engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL || engine == SourceEngine.SQLSERVER;
            case GCP_ALLOYDB -> engine == SourceEngine.POSTGRESQL;
            case AZURE -> engine == SourceEngine.POSTGRESQL || engine == SourceEngine.MYSQL || engine == SourceEngine.MARIADB
                    || engine == SourceEngine.SQLSERVER;
            case MONGODB_ATLAS -> engine == SourceEngine.MONGODB;
        };
    }
}
