package dev.cdcarchitect.domain;

/** Downstream systems a design can deliver to. */
public enum TargetKind {
    SNOWFLAKE("Snowflake", "snowflake"),
    ELASTICSEARCH("Elasticsearch", "elasticsearch"),
    OPENSEARCH("OpenSearch", "opensearch"),
    BIGQUERY("BigQuery", "bigquery"),
    S3("Amazon S3 (object storage)", "s3"),
    ICEBERG("Apache Iceberg", "iceberg"),
    DELTA_LAKE("Delta Lake", "delta"),
    DATABRICKS("Databricks", "databricks"),
    REDIS("Redis", "redis"),
    CLICKHOUSE("ClickHouse", "clickhouse"),
    RELATIONAL_REPLICA("Relational replica", "jdbc");

    private final String displayName;
    private final String slug;

    TargetKind(String displayName, String slug) {
        this.displayName = displayName;
        this.slug = slug;
    }

    public String displayName() { return displayName; }

    public String slug() { return slug; }
}
