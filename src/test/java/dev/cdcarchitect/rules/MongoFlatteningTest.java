package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.domain.DesignResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MongoDB change events carry the document as a JSON string: only the MongoDB connector's ExtractNewDocumentState
 * flattens them, and its rows name a collection, not a table. Every sink of a MongoDB design that flattens must use
 * it; every other engine keeps ExtractNewRecordState.
 */
class MongoFlatteningTest {

    private static final String SINKS = "Kafka to Snowflake, Elasticsearch, OpenSearch, BigQuery, raw files in S3, an Iceberg lakehouse, "
            + "ClickHouse and a Redis cache";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MongoDB 7.0 replica set, 1 TB, 5k writes/s", "MongoDB 6.0 sharded cluster, 8 TB, 20k writes/s",
            "PostgreSQL 16, 500 GB, 1k TPS", "MySQL 8.0, 500 GB, 1k TPS"})
    void everyFlatteningSmtMatchesTheSource(String source) {
        DesignResult.Generated design = DesignedConnectors.design(source, SINKS);
        boolean mongo = source.startsWith("MongoDB");
        String expected = mongo ? "io.debezium.connector.mongodb.transforms.ExtractNewDocumentState" : "io.debezium.transforms.ExtractNewRecordState";
        int flattening = 0;
        for (Map.Entry<String, Map<String, String>> sink : DesignedConnectors.of(design, ConfigScope.SINK_CONNECTOR).entrySet()) {
            for (Map.Entry<String, String> t : DesignedConnectors.transforms(sink.getValue()).entrySet()) {
                if (t.getValue() == null || !t.getValue().contains("ExtractNew")) continue;
                flattening++;
                assertEquals(expected, t.getValue(), sink.getKey());
                String fields = sink.getValue().getOrDefault("transforms." + t.getKey() + ".add.fields", "");
                assertEquals(mongo, List.of(fields.split(",")).contains("collection"), sink.getKey() + " add.fields " + fields);
                assertFalse(mongo && List.of(fields.split(",")).contains("table"), sink.getKey() + " add.fields " + fields);
            }
            String route = sink.getValue().get("iceberg.tables.route-field");
            if (route != null) assertEquals(mongo ? "__collection" : "__table", route, sink.getKey());
        }
        assertTrue(flattening >= 5, "expected the flattening sinks of " + SINKS + ", found " + flattening);
    }
}
