package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.project.DesignJsonWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the outcome is five ordered sections, the exact refusal, or a clear input problem. */
class DesignPropertiesTest {

    private static final DesignService SERVICE = new DesignService();

    @Property(tries = 300)
    void anyTextGivesASpecARefusalOrAClearProblem(@ForAll String source, @ForAll String target) {
        check(source, target);
    }

    @Property(tries = 400)
    void architectVocabularyAlwaysGivesAWellFormedOutcome(@ForAll("sourceTexts") String source, @ForAll("targetTexts") String target) {
        check(source, target);
    }

    private static void check(String source, String target) {
        DesignResult result;
        try {
            result = SERVICE.design(source, target);
        } catch (InputProblem problem) {
            assertEquals(false, problem.getMessage().isBlank());
            assertEquals(false, problem.hint().isBlank());
            return;
        }
        if (result instanceof DesignResult.Refusal) {
            assertEquals("{\"error\": \"unsafe\"}", new DesignJsonWriter().write(result));
            return;
        }
        DesignResult.Generated generated = (DesignResult.Generated) result;
        assertEquals(5, generated.spec().sections().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(SpecSection.values()[i], generated.spec().sections().get(i).kind());
        }
    }

    @Provide
    Arbitrary<String> sourceTexts() {
        Arbitrary<String> words = Arbitraries.of("PostgreSQL", "postgres 9.4", "MySQL 8", "MariaDB", "Oracle 19c", "SQL Server 2019",
                "MongoDB 7", "Db2", "Cassandra", "Aurora", "RDS", "Cloud SQL", "Azure", "Atlas", "RAC", "sharded", "3 shards",
                "50TB", "0 GB", "999999 PB", "10k TPS", "~8,000 TPS", "1.2M events per minute", "peaks of 40k TPS", "bursty",
                "update-heavy", "delete-heavy", "append-only", "composite primary keys", "no primary key", "TOAST", "JSONB",
                "Multi-AZ", "read replicas", "exactly-once", "GDPR", "PII", "p99 latency under 200 ms", "30 days retention",
                "3x growth", "1,200 tables", "largest table 4 billion rows", "row size 4 KB", "replication slots", "binlog",
                ",", ";", "DROP COLUMN", "TRUNCATE", "drop_events", "'", "\"", "\n", "\u200B", "version 99", "v0");
        return words.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> targetTexts() {
        Arbitrary<String> words = Arbitraries.of("Kafka", "Confluent Cloud", "MSK", "Redpanda", "Strimzi", "Event Hubs", "Snowflake",
                "Elasticsearch", "OpenSearch", "BigQuery", "S3", "Iceberg", "Delta Lake", "Databricks", "Redis", "ClickHouse",
                "PostgreSQL replica", "MySQL", "Kinesis", "exactly-once", "latency 1 s", "multi-region", "Protobuf", "and", ",");
        return words.list().ofMinSize(1).ofMaxSize(8).map(list -> String.join(" ", list));
    }
}
