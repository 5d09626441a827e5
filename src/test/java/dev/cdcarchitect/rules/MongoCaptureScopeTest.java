package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Snippet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Debezium 3.6.1's MongoDB connector opens its change stream on the whole deployment unless capture.scope says
 * otherwise, and then needs read on every database (mongodb.adoc "Database read permissions"). The user the design
 * creates must be able to do what the scope asks; and a MongoDB signal is a document, not an SQL INSERT.
 */
class MongoCaptureScopeTest {

    private static String code(Decision d) {
        return d.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
    }

    private static String anySetting(DesignResult.Generated design, String key) {
        return design.spec().decisions().stream().flatMap(d -> d.config().stream()).filter(e -> e.key().equals(key))
                .map(e -> e.value()).findFirst().orElse(null);
    }

    @Test
    void oneDatabaseIsCapturedWithDatabaseScopeAndReadOnIt() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Snowflake").design();
        assertEquals("database", anySetting(design, "capture.scope"));
        assertEquals("shop", anySetting(design, "capture.target"));
        String js = code(decision(design, "mongodb.deployment"));
        assertTrue(js.contains("{ role: 'read', db: 'shop' }"), js);
        assertFalse(js.contains("readAnyDatabase"), js);
    }

    @Test
    void aNamedDatabaseIsTheTarget() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s; database sales", "Kafka to Snowflake").design();
        assertEquals("sales", anySetting(design, "capture.target"));
    }

    @Test
    void severalDatabasesNeedDeploymentScopeAndReadAnyDatabase() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s; databases sales and billing",
                "Kafka to Snowflake").design();
        assertEquals("deployment", anySetting(design, "capture.scope"));
        assertEquals(null, anySetting(design, "capture.target"));
        String js = code(decision(design, "mongodb.deployment"));
        assertTrue(js.contains("{ role: 'readAnyDatabase', db: 'admin' }"), js);
    }

    @Test
    void theSignalIsADocumentInsertedWithMongosh() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Snowflake").design();
        Decision signals = decision(design, "snapshot.signals");
        String js = code(signals);
        assertFalse(js.contains("INSERT INTO"), js);
        assertTrue(js.contains("db.getSiblingDB('shop').debezium_signal.insertOne({ _id: 'resnap-orders-1', type: 'execute-snapshot',"), js);
        assertTrue(signals.snippets().stream().allMatch(s -> s.language().equals("javascript")), signals.snippets().toString());
    }

    /** Incremental snapshots write their window marks into the signal collection (insertOne, deleteOne in 3.6.1). */
    @Test
    void theUserMayWriteTheSignalCollectionWhereTheConnectorMarksSnapshotWindows() {
        DesignResult.Generated design = StatedInputs.of("MongoDB 7.0 replica set, 1 TB, 5k writes/s", "Kafka to Snowflake").design();
        String js = code(decision(design, "mongodb.deployment"));
        assertTrue(js.contains("privileges: [ { resource: { db: 'shop', collection: 'debezium_signal' }, actions: [ 'insert', 'remove' ] } ]"), js);
        assertTrue(js.contains("{ role: 'debeziumSignals', db: 'admin' }"), js);
    }
}
