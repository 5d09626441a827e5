package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Elasticsearch and OpenSearch sinks take a document id only from a primitive record key: with key.ignore=false a
 * Debezium Struct key fails every record ("STRUCT is not supported as the document id") and, with errors.tolerance=all,
 * every record lands in the DLQ. A key.ignore=false design must turn the key into one primitive field first; a
 * composite key has no single field, so it gets the documented append-only choice.
 */
class SearchIndexDocumentIdTest {

    private static final String EXTRACT_KEY = "org.apache.kafka.connect.transforms.ExtractField$Key";

    static Stream<Arguments> designs() {
        List<Arguments> all = new ArrayList<>();
        for (String index : List.of("Elasticsearch", "OpenSearch")) {
            all.add(Arguments.of("PostgreSQL 16, 500 GB, 1k TPS", "Kafka to " + index));
            all.add(Arguments.of("MySQL 8.0, 500 GB, 1k TPS", "Kafka to " + index + " and Snowflake"));
            all.add(Arguments.of("SQL Server 2019, 2 TB, 2k TPS", "Kafka to a PostgreSQL replica and " + index));
            all.add(Arguments.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to " + index));
            all.add(Arguments.of("Oracle 19c, 2 TB, 1k TPS", "Confluent Cloud to " + index));
            all.add(Arguments.of("Cassandra 4.1, 2 TB, 20k writes/s", "Kafka to " + index));
            all.add(Arguments.of("PostgreSQL 14, 50TB, 10k TPS, composite primary keys", "Confluent Kafka to Snowflake and " + index));
        }
        return all.stream();
    }

    /**
     * Debezium's Cassandra connector keys each event with every primary key column, clustering columns included, and an
     * update carries only the columns it changed (https://debezium.io/documentation/reference/stable/connectors/cassandra.html,
     * "Change event's key" and the commit log limitations): one key column as document id merges the rows of a partition
     * into one document, and indexing a partial update replaces the whole document. So Cassandra indexes append-only.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Elasticsearch", "OpenSearch"})
    void aCassandraSourceIndexesEveryChangeAsItsOwnDocument(String index) {
        DesignResult.Generated design = DesignedConnectors.design("Cassandra 4.1, 2 TB, 20k writes/s", "Kafka to " + index);
        String slug = index.toLowerCase(java.util.Locale.ROOT);
        Map<String, String> sink = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, slug);
        assertEquals("true", sink.get("key.ignore"), sink.toString());
        assertFalse(DesignedConnectors.transforms(sink).containsValue(EXTRACT_KEY), sink.toString());
        Decision decision = design.spec().decisions().stream().filter(d -> d.id().equals("sink." + slug)).findFirst().orElseThrow();
        assertTrue(decision.rationale().contains("clustering") && decision.rationale().contains("only the columns"), decision.rationale());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("designs")
    void aKeyedDocumentIdComesFromOnePrimitiveKeyField(String source, String target) {
        DesignResult.Generated design = DesignedConnectors.design(source, target);
        String index = target.contains("OpenSearch") ? "opensearch" : "elasticsearch";
        Map<String, String> sink = DesignedConnectors.named(design, ConfigScope.SINK_CONNECTOR, index);
        Map<String, String> transforms = DesignedConnectors.transforms(sink);
        if ("false".equals(sink.get("key.ignore"))) {
            String alias = transforms.entrySet().stream().filter(t -> EXTRACT_KEY.equals(t.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError("key.ignore=false with a Struct key and no " + EXTRACT_KEY
                            + " in " + transforms));
            String field = sink.get("transforms." + alias + ".field");
            assertTrue(field != null && !field.isBlank(), "ExtractField$Key needs the key field: " + sink);
            if (source.startsWith("MongoDB")) assertEquals("id", field, "Debezium's MongoDB key is {id}");
            assertFalse(design.input().source().has(dev.cdcarchitect.domain.KeyTrait.COMPOSITE),
                    "a composite key has no single field to extract");
        } else {
            assertEquals("true", sink.get("key.ignore"), "key.ignore must be stated: " + sink);
            assertTrue(design.input().source().has(dev.cdcarchitect.domain.KeyTrait.COMPOSITE) || source.startsWith("Cassandra"),
                    "only composite keys (Cassandra's key is every primary key column) index append-only");
            // Without a document id there is nothing to delete: a tombstone must not fail or stall the task.
            assertEquals("ignore", sink.get("behavior.on.null.values"), sink.toString());
            assertFalse(transforms.containsValue(EXTRACT_KEY), transforms.toString());
        }
        Decision decision = design.spec().decisions().stream().filter(d -> d.id().equals("sink." + index)).findFirst().orElseThrow();
        assertTrue(decision.references().stream().anyMatch(r -> r.url().contains("configuration_options") || r.url().contains("config-options")),
                "the rationale cites the sink's configuration reference (key.ignore): " + decision.references());
        assertTrue(decision.rationale().contains("document id"), decision.rationale());
    }
}
