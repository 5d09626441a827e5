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
}
