package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The second half of "nothing the user wrote is lost": from the user's own words, through the intake, to the
 * setting in the specification. Each case is a phrasing from issue 13 that was once dropped or replaced.
 */
class WordsToSettingsTest {

    private static DesignSpec design(String source, String target) {
        DesignInput input = new DesignInputParser().parse(source, target);
        return new RuleEngine().generate(input);
    }

    private static Optional<String> setting(DesignSpec spec, String key) {
        return spec.decisions().stream().flatMap(d -> d.config().stream())
                .filter(c -> c.key().equals(key)).map(ConfigEntry::value).findFirst();
    }

    private static String sizing(DesignSpec spec) {
        StringBuilder all = new StringBuilder();
        spec.sizing().lines().forEach(l -> all.append(l.label()).append(" = ").append(l.value()).append(" | ")
                .append(l.formula()).append('\n'));
        return all.toString();
    }

    @Test
    void statedPeakRateIsSizedNotTheDefault() {
        DesignSpec spec = design("PostgreSQL 15, peak 8,000 row changes/s", "Kafka and Snowflake");
        assertTrue(sizing(spec).contains("8,000 events/s"), sizing(spec));
        assertTrue(spec.assumptions().stream().noneMatch(a -> a.field().contains("rate")), "a stated rate is no assumption");
    }

    @Test
    void perMinuteRatesAreConverted() {
        DesignSpec spec = design("PostgreSQL 15, 90,000 row changes per minute", "Kafka and Snowflake");
        assertTrue(sizing(spec).contains("1,500 events/s"), sizing(spec));
    }

    @Test
    void mongoVersionIsTheStatedOne() {
        DesignSpec spec = design("MongoDB 6.0 replica set, 2k writes/s", "Kafka and Elasticsearch");
        assertTrue(spec.title().startsWith("MongoDB 6.0"), spec.title());
        assertTrue(spec.assumptions().stream().noneMatch(a -> a.field().equals("version")));
    }

    @Test
    void binlogRetentionIsNotTheKafkaRetention() {
        DesignSpec spec = design("MySQL 8.0, binlog retention on the primary is 24 h", "Kafka and Snowflake");
        assertTrue(spec.assumptions().stream().anyMatch(a -> a.field().equals("Kafka retention") && a.value().equals("7 days")),
                "Kafka retention was not stated, so it is the 7-day default and listed as an assumption");
        assertTrue(sizing(spec).contains("24 h"), "the source log retention sizes the binlog to retain: " + sizing(spec));
    }

    @Test
    void namedDatabasesAndTablesBecomeIncludeLists() {
        DesignSpec spec = design("SQL Server 2019 with 3 databases (sales, billing, crm); capture only the tables orders, "
                + "order_items and payments", "Kafka and Snowflake");
        assertEquals("sales,billing,crm", setting(spec, "database.names").orElseThrow());
        String tables = setting(spec, "table.include.list").orElseThrow();
        for (String t : List.of("orders", "order_items", "payments")) assertTrue(tables.contains(t), tables);
        assertFalse(tables.contains(".*"), "no generic include list once tables are named: " + tables);
    }

    @Test
    void sensitiveColumnNeverLeavesTheDatabase() {
        DesignSpec spec = design("PostgreSQL 16; the customers table has an ssn column that must never leave the database",
                "Kafka and Snowflake");
        assertTrue(setting(spec, "column.exclude.list").orElseThrow().contains("customers\\.ssn"));
    }

    @Test
    void truncatesThatMustReachTheTargetAreNotSkipped() {
        DesignSpec spec = design("PostgreSQL 16. Truncates must reach the target.", "Kafka and a PostgreSQL replica");
        String skipped = setting(spec, "skipped.operations").orElseThrow();
        assertFalse(skipped.contains("t"), "truncate must not be skipped: " + skipped);
    }

    @Test
    void everyKeylessTableIsHandled() {
        DesignSpec spec = design("PostgreSQL 16. Tables audit_log and events_raw have no primary key.", "Kafka and Snowflake");
        String keys = setting(spec, "message.key.columns").orElseThrow();
        assertTrue(keys.contains("audit_log") && keys.contains("events_raw"), keys);
    }

    @Test
    void hotTableDrivesPartitioningAndSizing() {
        DesignSpec spec = design("MySQL 8.0, peak 8,000 row changes/s. The orders table is 1.2 TB and takes 70 % of the writes.",
                "Kafka and Snowflake");
        String sizing = sizing(spec);
        assertTrue(sizing.contains("orders") && sizing.contains("70%"), sizing);
        assertTrue(sizing.contains("1.2 TB"), "the hot table's size drives the snapshot: " + sizing);
    }

    @Test
    void fanOutEntersTheNetworkSizing() {
        DesignSpec spec = design("PostgreSQL 16, 5k TPS", "Kafka and Snowflake; 40 independent consumer applications");
        assertTrue(sizing(spec).contains("40 applications"), sizing(spec));
    }

    @Test
    void downstreamKafkaStreamsExactlyOnceIsTurnedOnEndToEnd() {
        DesignSpec spec = design("PostgreSQL 16, 5k TPS", "Kafka and Snowflake; Kafka Streams with exactly_once_v2 downstream");
        assertEquals("exactly_once_v2", setting(spec, "processing.guarantee").orElseThrow());
        assertEquals("enabled", setting(spec, "exactly.once.source.support").orElseThrow());
    }

    @Test
    void confluentCloudAndEventHubsGetPlain() {
        assertEquals("PLAIN", setting(design("PostgreSQL 16", "Confluent Cloud and Snowflake"), "sasl.mechanism").orElseThrow());
        assertEquals("PLAIN", setting(design("PostgreSQL 16", "Azure Event Hubs and Snowflake"), "sasl.mechanism").orElseThrow());
    }

    @Test
    void snowflakeFreshnessSetsItsFlushAndAlert() {
        DesignSpec spec = design("PostgreSQL 16", "Kafka; Snowflake with a 15-minute freshness SLO");
        assertTrue(setting(spec, "buffer.flush.time").isPresent());
        assertTrue(spec.assumptions().stream().noneMatch(a -> a.value().contains("15 min")));
    }

    @Test
    void statedAuthenticationIsConfirmedOrQuestioned() {
        DesignSpec confirmed = design("PostgreSQL 16", "Amazon MSK with IAM auth; Snowflake");
        assertEquals("AWS_MSK_IAM", setting(confirmed, "sasl.mechanism").orElseThrow());
        assertTrue(warnings(confirmed, "security.kafka-authentication").stream().noneMatch(w -> w.contains("states")));

        DesignSpec questioned = design("PostgreSQL 16", "Confluent Cloud with SCRAM-SHA-512 users; Snowflake");
        assertEquals("PLAIN", setting(questioned, "sasl.mechanism").orElseThrow(), "Confluent Cloud has no SCRAM users");
        assertTrue(warnings(questioned, "security.kafka-authentication").stream()
                .anyMatch(w -> w.contains("SCRAM-SHA-512") && w.endsWith("?")), "a question, not a silent choice");
    }

    @Test
    void platformLimitsAreQuestions() {
        DesignInput basic = new DesignInputParser().parse("PostgreSQL 16", "Azure Event Hubs basic tier; Snowflake");
        assertTrue(basic.inputWarnings().stream().anyMatch(w -> w.contains("Basic tier") && w.endsWith("?")));
        DesignInput serverless = new DesignInputParser().parse("PostgreSQL 16", "MSK Serverless with SCRAM auth; Snowflake");
        assertTrue(serverless.transport().serverless());
        assertTrue(serverless.inputWarnings().stream().anyMatch(w -> w.contains("IAM access control only") && w.endsWith("?")));
        assertTrue(serverless.trace().notUnderstood().isEmpty(), "Serverless and SCRAM are read: " + serverless.trace());
    }

    @Test
    void theLargestDocumentSizesTheMessageLimitNotTheVolume() {
        DesignInput input = new DesignInputParser().parse("MongoDB 7.0 sharded cluster, 8 TB, 20k writes/s, documents up to 10 MB",
                "Strimzi Kafka to Iceberg");
        assertEquals(8e12, input.source().volumeBytes(), 1);
        assertEquals(10_000_000L, input.source().largestRowBytes());
        DesignSpec spec = new RuleEngine().generate(input);
        long limit = Long.parseLong(setting(spec, "max.message.bytes").orElseThrow());
        assertTrue(limit >= 2 * 10_000_000L, "before and after images of a 10 MB document must fit: " + limit);
        assertEquals(String.valueOf(limit), setting(spec, "producer.override.max.request.size").orElseThrow());
    }

    @Test
    void statedSchemaChangesAreAnsweredUnderTheCompatibilityMode() {
        DesignInput input = new DesignInputParser().parse("SQL Server 2019, 2 TB; schema changes every sprint: columns are added "
                + "and occasionally renamed, some type changes", "Kafka to Snowflake");
        assertTrue(input.trace().notUnderstood().isEmpty(), input.trace().notUnderstood().toString());
        assertEquals("every sprint", input.facts().schemaChanges().frequency());
        List<String> ddl = warnings(new RuleEngine().generate(input), "schema.ddl-propagation");
        assertTrue(ddl.stream().anyMatch(w -> w.startsWith("Columns renamed (stated: DDL every sprint)")), ddl.toString());
        assertTrue(ddl.stream().anyMatch(w -> w.startsWith("Column types changed")), ddl.toString());
        assertTrue(ddl.stream().anyMatch(w -> w.contains("second capture instance")), "SQL Server's capture-instance switch");
        assertTrue(ddl.stream().noneMatch(w -> w.startsWith("Columns dropped")), "only what was stated");
    }

    @Test
    void deletesThatMustReachTheTargetsReachEveryOneAndS3SurvivesTheTombstone() {
        DesignSpec spec = design("PostgreSQL 16, 2 TB; deletes must reach the lake", "Kafka to S3 and Elasticsearch");
        String s3 = spec.decisions().stream().flatMap(d -> d.config().stream())
                .filter(c -> c.key().equals("behavior.on.null.values") && c.component().contains("s3"))
                .map(ConfigEntry::value).findFirst().orElse("fail (the default)");
        assertEquals("ignore", s3, "the S3 sink's default (fail) stops the task on the first delete's tombstone");
        var deletes = spec.decisions().stream().filter(d -> d.id().equals("source.deletes")).findFirst().orElseThrow();
        assertTrue(deletes.statement().contains("Elasticsearch") && deletes.statement().contains("S3"), deletes.statement());
    }

    @Test
    void softDeletesAreSaidToLeaveTheRowsInEveryTarget() {
        DesignSpec spec = design("PostgreSQL 16, 2 TB; we use soft deletes with a deleted_at column", "Kafka to Snowflake; GDPR");
        var deletes = spec.decisions().stream().filter(d -> d.id().equals("source.deletes")).findFirst().orElseThrow();
        assertTrue(deletes.statement().contains("deleted_at"), deletes.statement());
        assertTrue(deletes.warnings().stream().anyMatch(w -> w.contains("erasure")), "GDPR erasure needs a real DELETE");
    }

    @Test
    void aSecondSensitiveColumnStaysOnItsTableNotEveryTable() {
        DesignSpec spec = design("Oracle 19c on RDS, 600 GB, 2,000 TPS, the employees table has a salary column that must be "
                + "masked and an ssn column that must never leave", "Kafka to Snowflake");
        String excluded = setting(spec, "column.exclude.list").orElseThrow();
        assertTrue(excluded.contains("EMPLOYEES\\.SSN"), excluded);
        assertFalse(excluded.contains("[^.]"), "never a wildcard over every table: " + excluded);
    }

    @Test
    void aNegatedLicenceKeepsLogMinerAndShowsTheNegatingWords() {
        DesignInput input = new DesignInputParser().parse("Oracle 19c, 2 TB, 1k TPS, we do not own a GoldenGate licence",
                "Kafka to Snowflake");
        assertFalse(input.facts().goldenGateLicence());
        assertTrue(input.trace().facts().stream().anyMatch(f -> f.words().equals("do not own a GoldenGate licence")),
                "the fact shows the words that negate it: " + input.trace().facts());
        assertEquals("logminer", setting(new RuleEngine().generate(input), "database.connection.adapter").orElseThrow(), "not XStream");
    }

    @Test
    void aLostLogTakesTheSameReSnapshotWithOrWithoutKafka() {
        String source = "MySQL 8.0, 4 TB, 3k TPS";
        String kafka = rto(design(source, "Kafka to BigQuery"), "failure.lost-log");
        assertEquals(kafka, rto(design(source, "no Kafka is allowed; Google Pub/Sub, then BigQuery"), "failure.lost-log"),
                "both use the incremental snapshot's own rate");
    }

    private static String rto(DesignSpec spec, String id) {
        return spec.failureMatrix().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().rto();
    }

    private static List<String> warnings(DesignSpec spec, String decisionId) {
        return spec.decisions().stream().filter(d -> d.id().equals(decisionId)).findFirst().orElseThrow().warnings();
    }
}
