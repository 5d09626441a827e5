package dev.cdcarchitect.rehearse.contract;

import static dev.cdcarchitect.rehearse.contract.ContractFixtures.edit;
import static dev.cdcarchitect.rehearse.contract.ContractFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Defects planted in an exported folder, as a hand edit would make them: each fails its sink's contract with a
 * message that names the file, the setting, the first failing record (where records show it) and the fix.
 */
class PlantedSinkDefectsTest {

    private static final Map<String, List<ConsumerRecord<byte[], byte[]>>> RECORDS = RecordedTopics.seed();
    private static final String ES = "connect/app-elasticsearch-sink.json";
    private static final String S3 = "connect/app-s3-sink.json";
    private static final String SNOWFLAKE = "connect/app-snowflake-sink.json";

    private static Check onlyFailure(ConfigBundle bundle) {
        List<Check> checks = SinkContracts.check(bundle, RECORDS);
        List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
        assertEquals(1, failed.size(), lines(checks));
        return failed.get(0);
    }

    private static Check firstFailure(ConfigBundle bundle) {
        List<Check> checks = SinkContracts.check(bundle, RECORDS);
        return checks.stream().filter(c -> !c.passed()).findFirst().orElseThrow(() -> new AssertionError(lines(checks)));
    }

    /** The seed design's exported files plus one connector file written by hand. */
    private static Map<String, String> seedWith(String file, String connectorJson) {
        Map<String, String> files = new LinkedHashMap<>(ContractFixtures.bundle("postgres-seed").files());
        files.put(file, connectorJson);
        return files;
    }

    private static List<Check> checksOf(Map<String, String> files, String connector) {
        return SinkContracts.check(new ConfigBundle(files), RECORDS).stream().filter(c -> c.name().contains(connector)).toList();
    }

    /** The failing check is the named one, names the file, the setting and the fix, and says each fragment. */
    private static void assertFailure(Check failed, String name, String file, String setting, String... fragments) {
        assertEquals(name, failed.name(), failed.line());
        namesFileSettingAndFix(failed, file, setting);
        for (String f : fragments) assertTrue(failed.evidence().contains(f), "says '" + f + "': " + failed.line());
    }

    private static void namesFileSettingAndFix(Check failed, String file, String setting) {
        assertTrue(failed.evidence().startsWith(file + ", "), failed.line());
        assertTrue(failed.evidence().contains(setting), failed.line());
        assertTrue(failed.evidence().contains(". Fix: "), failed.line());
        assertTrue(failed.evidence().contains("(see https://"), failed.line());
    }

    @Test
    void elasticsearchUsingTheStructKeyAsDocumentIdFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), ES, c -> c.put("key.ignore", "false"));
        Check failed = onlyFailure(bundle);
        assertFailure(failed, "sink contract app-elasticsearch-sink: document id", ES, "key.ignore=false",
                "\"STRUCT is not supported as the document id\"",
                "first failing record: topic app.public.orders partition 0 offset 0 key {order_id=1, line_no=1}", "ExtractField$Key");
    }

    @Test
    void s3FailingOnNullValuesDiesOnTheFirstTombstone() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("oracle-rac"), S3, c -> c.put("behavior.on.null.values", "fail"));
        Check failed = onlyFailure(bundle);
        assertFailure(failed, "sink contract app-s3-sink: tombstones", S3, "behavior.on.null.values=fail",
                "first failing record: topic app.public.orders partition 0 offset 3 key {order_id=2, line_no=1}");
    }

    @Test
    void s3LeftAtItsDefaultAlsoFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("oracle-rac"), S3, c -> c.remove("behavior.on.null.values"));
        namesFileSettingAndFix(onlyFailure(bundle), S3, "behavior.on.null.values=fail (default)");
    }

    @Test
    void aTransformClassThatDoesNotExistFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), SNOWFLAKE,
                c -> c.put("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordStat"));
        Check failed = firstFailure(bundle);
        assertFailure(failed, "sink contract app-snowflake-sink: transforms", SNOWFLAKE, "transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordStat does not exist");
    }

    @Test
    void aVendorTransformNotOnThisMachineIsReportedAsNotRunNeverAsProven() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), SNOWFLAKE, c -> {
            c.put("transforms", "unwrap,mask");
            c.put("transforms.mask.type", "com.example.connect.smt.MaskPii");
        });
        List<Check> checks = SinkContracts.check(bundle, RECORDS).stream().filter(c -> c.name().contains("app-snowflake-sink")).toList();
        assertTrue(checks.stream().allMatch(Check::passed), lines(checks));
        assertTrue(checks.stream().anyMatch(c -> c.name().endsWith("transforms (NOT RUN)")
                && c.evidence().contains("class com.example.connect.smt.MaskPii (transforms.mask.type) is not on this machine")), lines(checks));
        assertTrue(checks.stream().anyMatch(c -> c.name().endsWith("columns (NOT RUN)")), "the record checks say they did not run: " + lines(checks));
    }

    @Test
    void toleratingAllErrorsWithoutADeadLetterQueueFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), ES, c -> c.remove("errors.deadletterqueue.topic.name"));
        Check failed = onlyFailure(bundle);
        assertFailure(failed, "sink contract app-elasticsearch-sink: dead letter queue", ES, "errors.tolerance=all",
                "errors.deadletterqueue.topic.name=dlq.app-elasticsearch-sink");
    }

    @Test
    void aDeadLetterQueueTopicMissingFromTopicsJsonFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), ES, c -> c.put("errors.deadletterqueue.topic.name", "dlq.elsewhere"));
        namesFileSettingAndFix(onlyFailure(bundle), ES, "errors.deadletterqueue.topic.name=dlq.elsewhere");
    }

    @Test
    void aSinkSubscribedToATopicThatIsNotInTopicsJsonFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), ES, c -> {
            c.remove("topics.regex");
            c.put("topics", "app.public.order");
        });
        List<Check> checks = SinkContracts.check(bundle, RECORDS);
        Check failed = firstFailure(bundle);
        assertFailure(failed, "sink contract app-elasticsearch-sink: topics", ES, "topics=app.public.order", "[app.public.order], not in topics.json");
        assertTrue(checks.stream().anyMatch(c -> !c.passed() && c.name().endsWith(": records")), "and no record reached it: " + lines(checks));
    }

    @Test
    void aSinkReadingWithAnotherConverterThanTheSourceWritesFails() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), ES,
                c -> c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter"));
        Check failed = firstFailure(bundle);
        assertFailure(failed, "sink contract app-elasticsearch-sink: converters", ES,
                "value.converter=org.apache.kafka.connect.json.JsonConverter", "io.confluent.connect.avro.AvroConverter (worker.properties)");
    }

    @Test
    void jdbcSinkDeletesWithoutTheRecordKeyFail() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres17-aurora"), "connect/app-jdbc-mysql-sink.json",
                c -> c.put("primary.key.mode", "none"));
        namesFileSettingAndFix(onlyFailure(bundle), "connect/app-jdbc-mysql-sink.json", "delete.enabled=true with primary.key.mode=none");
    }

    @Test
    void jdbcSinkWithoutDeletesLosesTheSourceDeletes() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres17-aurora"), "connect/app-jdbc-mysql-sink.json", c -> c.remove("delete.enabled"));
        Check failed = onlyFailure(bundle);
        namesFileSettingAndFix(failed, "connect/app-jdbc-mysql-sink.json", "delete.enabled=false (default)");
        assertTrue(failed.evidence().contains("2 source deletes never remove their rows"), failed.line());
    }

    @Test
    void snowflakeSchematizationWithoutTheFlatteningTransformGetsEnvelopeColumns() {
        ConfigBundle bundle = edit(ContractFixtures.bundle("postgres-seed"), SNOWFLAKE, c -> c.keySet().removeIf(k -> k.startsWith("transforms")));
        Check failed = onlyFailure(bundle);
        assertEquals("sink contract app-snowflake-sink: columns", failed.name());
        assertTrue(failed.evidence().contains("ExtractNewRecordState"), failed.line());
    }

    /** Redis and Delta Lake are not Connect sinks in the generated designs; a folder that adds one is held to their contract. */
    @Test
    void aRedisSinkAddedByHandNeedsStringKeysAndValues() {
        String file = "connect/app-redis-sink.json";
        Map<String, String> files = seedWith(file, "{\"name\":\"app-redis-sink\",\"config\":{\"connector.class\":"
                + "\"com.github.jcustenborder.kafka.connect.redis.RedisSinkConnector\",\"topics\":\"app.public.orders\"}}");
        List<Check> structs = checksOf(files, "app-redis-sink");
        assertTrue(structs.stream().anyMatch(c -> !c.passed() && c.name().endsWith("keys") && c.evidence().startsWith(file + ", key.converter")),
                lines(structs));
        files.put(file, Json.editConfig(files.get(file), c -> {
            c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
            c.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        }));
        List<Check> strings = checksOf(files, "app-redis-sink");
        assertTrue(strings.stream().allMatch(Check::passed), lines(strings));
    }

    @Test
    void aDeltaLakeSinkAddedByHandGetsDeletesAsRowsNotTombstones() {
        String file = "connect/app-delta-sink.json";
        Map<String, String> files = seedWith(file, "{\"name\":\"app-delta-sink\",\"config\":{\"connector.class\":"
                + "\"io.confluent.connect.databricks.deltalake.DatabricksDeltaLakeSinkConnector\",\"topics\":\"app.public.orders\","
                + "\"transforms\":\"unwrap\",\"transforms.unwrap.type\":\"io.debezium.transforms.ExtractNewRecordState\","
                + "\"transforms.unwrap.delete.tombstone.handling.mode\":\"rewrite\"}}");
        List<Check> rows = checksOf(files, "app-delta-sink");
        assertTrue(rows.stream().allMatch(Check::passed), lines(rows));
        files.put(file, Json.editConfig(files.get(file), c -> c.put("transforms.unwrap.delete.tombstone.handling.mode", "tombstone")));
        List<Check> tombstones = checksOf(files, "app-delta-sink");
        assertTrue(tombstones.stream().anyMatch(c -> !c.passed() && c.name().endsWith("deletes")
                && c.evidence().startsWith(file + ", transforms")), lines(tombstones));
    }
}
