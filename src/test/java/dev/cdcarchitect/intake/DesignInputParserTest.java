package dev.cdcarchitect.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Compliance;
import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.Target;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignInputParserTest {

    private final DesignInputParser parser = new DesignInputParser();

    private DesignInput source(String text) {
        return parser.parse(text, "Kafka");
    }

    @Test
    void readsTheSeedCase() {
        DesignInput input = parser.parse("PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch.");
        assertEquals(SourceEngine.POSTGRESQL, input.source().engine());
        assertEquals("14", input.source().version());
        assertEquals(50e12, input.source().volumeBytes(), 1);
        assertEquals(10_000, input.source().peakChangesPerSecond(), 0.01);
        assertTrue(input.source().has(Workload.UPDATE_HEAVY));
        assertTrue(input.source().has(KeyTrait.COMPOSITE));
        assertEquals(KafkaPlatform.CONFLUENT_PLATFORM, input.platform());
        assertEquals(List.of(new Target(TargetKind.SNOWFLAKE, ""), new Target(TargetKind.ELASTICSEARCH, "")), input.targets());
        assertTrue(input.assumptions().stream().anyMatch(a -> a.field().equals("hosting")), "hosting was not given");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL 14, 50TB volume, 10k TPS                 | POSTGRESQL | SELF_MANAGED  | 14",
            "postgres 16 on Amazon RDS                           | POSTGRESQL | AWS_RDS       | 16",
            "Aurora PostgreSQL 15 cluster                        | POSTGRESQL | AWS_AURORA    | 15",
            "PG13 on Cloud SQL                                   | POSTGRESQL | GCP_CLOUD_SQL | 13",
            "Azure Database for PostgreSQL flexible server v16   | POSTGRESQL | AZURE         | 16",
            "MySQL 8.0.34 on RDS                                 | MYSQL      | AWS_RDS       | 8.0.34",
            "Aurora MySQL 3                                      | MYSQL      | AWS_AURORA    | 3",
            "MariaDB 10.11 Galera                                | MARIADB    | SELF_MANAGED  | 10.11",
            "Oracle 19c RAC, 3 nodes                             | ORACLE     | SELF_MANAGED  | 19c",
            "Exadata running 19c                                 | ORACLE     | SELF_MANAGED  | 19c",
            "Microsoft SQL Server 2019 Always On                 | SQLSERVER  | SELF_MANAGED  | 2019",
            "MSSQL 2022 on RDS                                   | SQLSERVER  | AWS_RDS       | 2022",
            "MongoDB 7.0 Atlas replica set                       | MONGODB    | MONGODB_ATLAS | 7.0",
            "Db2 11.5 on Linux                                   | DB2        | SELF_MANAGED  | 11.5",
            "Apache Cassandra 4.1, 12 nodes                      | CASSANDRA  | SELF_MANAGED  | 4.1",
    })
    void recognisesEnginesHostingAndVersions(String text, SourceEngine engine, Hosting hosting, String version) {
        DesignInput input = source(text);
        assertEquals(engine, input.source().engine());
        assertEquals(hosting, input.source().hosting());
        assertEquals(version, input.source().version());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL 14, 10k TPS                     | 10000",
            "MySQL 8, ~8,000 TPS                        | 8000",
            "MySQL 8, 200k writes/s                     | 200000",
            "Oracle 19c, 1.2M events per minute         | 20000",
            "PostgreSQL 15, 5000 transactions per second| 5000",
            "MongoDB 7, 36M changes per hour            | 10000",
            "SQL Server 2019, averaging 2k TPS with peaks of 12k TPS | 12000",
            "PostgreSQL 14, 3,500 inserts/sec           | 3500",
    })
    void readsRates(String text, double peak) {
        assertEquals(peak, source(text).source().peakChangesPerSecond(), 0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PostgreSQL 14, 500MB                  | 500e6",
            "PostgreSQL 14, 800 GB                 | 800e9",
            "PostgreSQL 14, 50TB volume            | 50e12",
            "PostgreSQL 14, 2.5 PB warehouse       | 2.5e15",
            "PostgreSQL 14, 4 TiB                  | 4398046511104",
    })
    void readsVolumes(String text, double bytes) {
        assertEquals(bytes, source(text).source().volumeBytes(), bytes * 1e-9);
    }

    @Test
    void rowSizeIsNotMistakenForVolume() {
        DesignInput input = source("PostgreSQL 14, 3 TB, average row size 2 KB, 1,200 tables, largest table 4 billion rows");
        assertEquals(3e12, input.source().volumeBytes(), 1);
        assertEquals(2000, input.source().averageRowBytes());
        assertEquals(1200, input.source().tableCount());
        assertEquals(4_000_000_000L, input.source().largestTableRows());
    }

    @Test
    void burstyRateWithoutPeakAssumesAPeak() {
        DesignInput input = source("MySQL 8, 2k TPS, very bursty during sales");
        assertEquals(6000, input.source().peakChangesPerSecond(), 0.5);
        assertTrue(input.assumptions().stream().anyMatch(a -> a.field().equals("peak rate")));
    }

    @Test
    void readsTraits() {
        DesignInput input = source("PostgreSQL 13, delete-heavy, some tables without primary keys, TOAST-ed JSONB columns, "
                + "hot keys on tenant_id, two read replicas, Multi-AZ, UUID keys");
        assertTrue(input.source().has(Workload.DELETE_HEAVY));
        assertTrue(input.source().has(KeyTrait.MISSING_PRIMARY_KEY));
        assertTrue(input.source().has(KeyTrait.HOT_KEYS));
        assertTrue(input.source().has(KeyTrait.UUID));
        assertTrue(input.source().has(DataTrait.LARGE_OBJECTS));
        assertTrue(input.source().has(DataTrait.JSON));
        assertTrue(input.source().has(HaTrait.READ_REPLICAS));
        assertTrue(input.source().has(HaTrait.MULTI_AZ));
    }

    @Test
    void readsShardedAndRac() {
        assertEquals(8, source("MySQL 8 sharded across 8 shards").source().nodeCount());
        assertTrue(source("Oracle 19c RAC, 4-node").source().has(HaTrait.RAC));
        assertEquals(4, source("Oracle 19c RAC, 4-node").source().nodeCount());
    }

    @Test
    void readsRequirementsFromEitherText() {
        DesignInput input = parser.parse("PostgreSQL 16, GDPR applies, PII in customers",
                "MSK with exactly-once delivery, p99 latency under 2 s, 14 days retention, 3x growth per year, Protobuf, multi-region DR");
        assertEquals(DeliveryGuarantee.EXACTLY_ONCE, input.requirements().delivery());
        assertEquals(2000, input.requirements().latencySloMillis());
        assertEquals(14, input.requirements().retentionDays());
        assertEquals(3.0, input.requirements().growthFactor(), 1e-9);
        assertEquals(SchemaFormat.PROTOBUF, input.requirements().schemaFormat());
        assertTrue(input.requirements().multiRegion());
        assertTrue(input.requirements().compliance().contains(Compliance.GDPR));
        assertTrue(input.requirements().compliance().contains(Compliance.PII));
        assertEquals(KafkaPlatform.AMAZON_MSK, input.platform());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Confluent Cloud, sinks to BigQuery                 | CONFLUENT_CLOUD | BIGQUERY",
            "Amazon MSK feeding OpenSearch                      | AMAZON_MSK      | OPENSEARCH",
            "Redpanda then ClickHouse                           | REDPANDA        | CLICKHOUSE",
            "Strimzi Kafka to an Iceberg lakehouse on S3        | STRIMZI         | ICEBERG",
            "self-managed Apache Kafka, Redis cache invalidation| APACHE_KAFKA    | REDIS",
            "Kafka into Delta Lake on Databricks                | APACHE_KAFKA    | DELTA_LAKE",
            "Kafka and raw files in S3                          | APACHE_KAFKA    | S3",
    })
    void readsPlatformsAndTargets(String text, KafkaPlatform platform, TargetKind first) {
        DesignInput input = parser.parse("PostgreSQL 15", text);
        assertEquals(platform, input.platform());
        assertEquals(first, input.targets().get(0).kind());
    }

    @Test
    void readsRelationalReplicaWithFlavour() {
        DesignInput input = parser.parse("MySQL 8", "Kafka, then a PostgreSQL read model and Elasticsearch");
        assertTrue(input.targets().contains(new Target(TargetKind.RELATIONAL_REPLICA, "PostgreSQL")));
        assertTrue(input.targets().contains(new Target(TargetKind.ELASTICSEARCH, "")));
    }

    @Test
    void missingKafkaIsAssumed() {
        DesignInput input = parser.parse("PostgreSQL 15", "Snowflake");
        assertEquals(KafkaPlatform.APACHE_KAFKA, input.platform());
        assertTrue(input.assumptions().stream().anyMatch(a -> a.field().equals("transport")));
    }

    @Test
    void unknownEngineIsAClearErrorNamingTheSupportedOnes() {
        InputProblem problem = assertThrows(InputProblem.class, () -> source("DynamoDB with 40k WCU"));
        assertEquals("source_database", problem.field());
        assertTrue(problem.getMessage().contains("DynamoDB"), problem::getMessage);
        assertTrue(problem.hint().contains("PostgreSQL") && problem.hint().contains("MongoDB"), problem::hint);
        InputProblem nothing = assertThrows(InputProblem.class, () -> source("a big database with lots of writes"));
        assertTrue(nothing.getMessage().contains("no database engine"), nothing::getMessage);
    }

    @Test
    void unknownTargetIsAClearError() {
        InputProblem problem = assertThrows(InputProblem.class, () -> parser.parse("PostgreSQL 14", "somewhere nice"));
        assertEquals("target_system", problem.field());
        assertTrue(problem.hint().contains("Snowflake"));
    }

    @Test
    void contradictionGivesAWarningNotAnError() {
        DesignInput input = source("MySQL 8 with replication slots, 5k TPS");
        assertEquals(SourceEngine.MYSQL, input.source().engine());
        assertTrue(input.inputWarnings().stream().anyMatch(w -> w.contains("replication slots") && w.contains("MySQL")),
                () -> input.inputWarnings().toString());
    }

    @Test
    void auroraMySqlVersionsAreAuroraReleases() {
        assertTrue(source("Aurora MySQL 3.04, 2 TB").inputWarnings().isEmpty());
        assertTrue(source("Aurora MySQL 2.11, 2 TB").inputWarnings().get(0).contains("MySQL 5.7 compatible"));
    }

    @Test
    void oldVersionGetsAWarning() {
        assertFalse(source("PostgreSQL 9.6").inputWarnings().isEmpty());
        assertTrue(source("PostgreSQL 14").inputWarnings().isEmpty());
    }

    @Test
    void badInputIsRejectedWithSpecificMessages() {
        assertTrue(assertThrows(InputProblem.class, () -> parser.parse("   ", "Kafka")).getMessage().contains("empty"));
        assertTrue(assertThrows(InputProblem.class, () -> parser.parse("PostgreSQL 14", "")).field().equals("target_system"));
        String huge = "PostgreSQL 14 ".repeat(8000);
        assertTrue(assertThrows(InputProblem.class, () -> parser.parse(huge, "Kafka")).getMessage().contains("100,000"));
        assertTrue(assertThrows(InputProblem.class, () -> parser.parse("PostgreSQL\u0000\u0001\u0002", "Kafka"))
                .getMessage().contains("binary"));
    }
}
