package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSubstitutionsTest {

    @TempDir
    Path secrets;

    private final LocalSubstitutions substitutions = new LocalSubstitutions();

    @Test
    void fillsOnlyLocalValuesAndListsEachChange() throws Exception {
        Map<String, String> exported = new LinkedHashMap<>();
        exported.put("database.hostname", "primary-writer-endpoint.change-me.invalid");
        exported.put("database.port", "5432");
        exported.put("database.password", "${file:/opt/kafka/secrets/postgres.properties:password}");
        exported.put("signal.kafka.bootstrap.servers", "${env:CDC_BOOTSTRAP_SERVERS}");
        exported.put("signal.consumer.sasl.jaas.config", "x required;");
        exported.put("topic.creation.default.replication.factor", "3");
        exported.put("slot.name", "debezium_app");
        Map<String, String> local = substitutions.apply(exported, 15432, "127.0.0.1:9092", secrets, "s3cret");

        assertEquals("127.0.0.1", local.get("database.hostname"));
        assertEquals("15432", local.get("database.port"));
        assertEquals("${file:" + secrets.resolve("postgres.properties") + ":password}", local.get("database.password"));
        assertEquals("password=s3cret\n", Files.readString(secrets.resolve("postgres.properties")));
        assertEquals("127.0.0.1:9092", local.get("signal.kafka.bootstrap.servers"));
        assertFalse(local.containsKey("signal.consumer.sasl.jaas.config"));
        assertEquals("1", local.get("topic.creation.default.replication.factor"));
        assertEquals("debezium_app", local.get("slot.name"), "everything else as exported");
        assertEquals(6, substitutions.changes().size(), substitutions.changes().toString());
        assertTrue(substitutions.changes().stream().noneMatch(c -> c.contains("s3cret")), "the password is never listed");
    }

    @Test
    void aVariableWithoutALocalValueIsAnErrorNamingTheSetting() {
        RehearsalException e = assertThrows(RehearsalException.class, () -> substitutions.apply(
                Map.of("schema.history.internal.kafka.bootstrap.servers", "${env:CDC_OTHER_CLUSTER}"), 1, "b", secrets, "p"));
        assertTrue(e.getMessage().contains("schema.history.internal.kafka.bootstrap.servers") && e.getMessage().contains("CDC_OTHER_CLUSTER"),
                e.getMessage());
    }

    @Test
    void theJdbcSinksConnectionBecomesTheLocalReplicaAndItsPasswordALocalFile() throws Exception {
        Map<String, String> exported = new LinkedHashMap<>();
        exported.put("connection.url", "jdbc:${env:CDC_REPLICA_URL}");
        exported.put("connection.username", "replica_writer");
        exported.put("connection.password", "${file:/opt/kafka/secrets/replica.properties:password}");
        exported.put("errors.deadletterqueue.topic.replication.factor", "3");
        exported.put("delete.enabled", "true");
        Map<String, String> local = substitutions.applyToJdbcSink(exported, "postgresql://127.0.0.1:15432/replica", secrets, "s3cret");

        assertEquals("jdbc:postgresql://127.0.0.1:15432/replica", local.get("connection.url"));
        assertEquals("replica_writer", local.get("connection.username"), "the exported user: the rehearsal creates it");
        assertEquals("${file:" + secrets.resolve("replica.properties") + ":password}", local.get("connection.password"));
        assertEquals("password=s3cret\n", Files.readString(secrets.resolve("replica.properties")));
        assertEquals("1", local.get("errors.deadletterqueue.topic.replication.factor"));
        assertEquals("true", local.get("delete.enabled"));
        assertEquals(3, substitutions.changes().size(), substitutions.changes().toString());
        assertTrue(substitutions.changes().stream().noneMatch(c -> c.contains("s3cret")), "the password is never listed");
    }
}
