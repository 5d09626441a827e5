package dev.cdcarchitect.rules;

import java.util.List;

/** Representative designs, one or more per source engine; their specs are kept as golden files. */
public final class GoldenDesigns {

    public record Case(String name, String source, String target) {}

    public static final List<Case> ALL = List.of(
            new Case("postgres-seed", "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                    "Confluent Kafka with target sinks to Snowflake and Elasticsearch."),
            new Case("postgres17-aurora", "Aurora PostgreSQL 17 Multi-AZ, 300 GB, 800 TPS, some tables without primary keys, TOASTed text columns",
                    "Amazon MSK feeding a MySQL replica; exactly-once required"),
            new Case("mysql-rds", "MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS with peaks of 9k TPS, JSON columns, 300 tables",
                    "Amazon MSK with sinks to BigQuery and a Redis cache; p99 latency under 3 s"),
            new Case("mariadb", "MariaDB 10.11, 600 GB, 1,500 TPS, 120 tables", "Redpanda with ClickHouse for analytics"),
            new Case("oracle-rac", "Oracle 19c RAC 2-node, 12 TB, CLOB columns, 6k TPS, GDPR applies to customer data",
                    "Confluent Cloud to Snowflake and raw files in S3, 14 days retention"),
            new Case("oracle-rds", "Oracle 19c on Amazon RDS, 2 TB, 4,000 TPS", "Amazon MSK to Snowflake"),
            new Case("sqlserver", "SQL Server 2019 Always On availability group, 2 TB, 2k TPS, 80 tables",
                    "Kafka to a PostgreSQL replica and OpenSearch"),
            new Case("mongodb", "MongoDB 7.0 sharded cluster, 8 TB, 20k writes/s, documents up to 10 MB",
                    "Strimzi Kafka to an Iceberg lakehouse and Elasticsearch, multi-region"),
            new Case("db2", "Db2 11.5, 1 TB, 500 TPS", "Kafka into Delta Lake on Databricks"),
            new Case("cassandra", "Apache Cassandra 4.1, 12 nodes, 30 TB, 50k writes/s", "Kafka to Elasticsearch"));

    private GoldenDesigns() {}
}
