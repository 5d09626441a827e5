package dev.cdcarchitect.rehearse.contract;

import static dev.cdcarchitect.rehearse.contract.ContractFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every golden design's exported sinks, fed the records the real Debezium PostgreSQL connector produced in the seed
 * rehearsal (see {@link CaptureSeedRecordsTest}), through their real converters and SMTs, against their contracts.
 * Pure Java: no broker, no Connect worker.
 */
class GoldenSinkContractsTest {

    private static final Map<String, List<ConsumerRecord<byte[], byte[]>>> RECORDS = RecordedTopics.seed();

    @ParameterizedTest
    @ValueSource(strings = {"postgres-seed", "postgres17-aurora", "mysql-rds", "mariadb", "oracle-rac"})
    void relationalDesignsSinksPassTheirContracts(String design) {
        ConfigBundle bundle = ContractFixtures.bundle(design);
        List<Check> checks = SinkContracts.check(bundle, RECORDS);
        assertTrue(checks.stream().allMatch(Check::passed), lines(checks));
        assertTrue(checks.stream().noneMatch(c -> c.name().contains("NOT RUN")), lines(checks));
        for (var sink : ExportedConfigs.connectors(bundle).stream().filter(c -> !c.source()).toList()) {
            long contractChecks = checks.stream().filter(c -> c.name().startsWith("sink contract " + sink.name() + ":")).count();
            assertTrue(contractChecks >= 5, "topics, DLQ, converters, transforms and the kind's own checks for " + sink.name() + ":\n" + lines(checks));
        }
    }

    /** MongoDB's SMT is not on this machine (and these are PostgreSQL events): said so, and nothing claimed as proven. */
    @Test
    void theMongoDbDesignsChainIsReportedAsNotRunRatherThanPassed() {
        List<Check> checks = SinkContracts.check(ContractFixtures.bundle("mongodb"), RECORDS);
        assertTrue(checks.stream().filter(c -> c.name().contains("transforms (NOT RUN)")).count() == 2, lines(checks));
        assertTrue(checks.stream().anyMatch(c -> c.evidence().contains("io.debezium.connector.mongodb.transforms.ExtractNewDocumentState")
                && c.evidence().contains("is not on this machine")), lines(checks));
        assertTrue(checks.stream().noneMatch(c -> c.name().endsWith("document id") || c.name().endsWith(": tables")), lines(checks));
        assertTrue(checks.stream().allMatch(Check::passed), lines(checks));
    }

    /**
     * The SQL Server design indexes one document per row through ExtractField$Key on one key column (its spec warns
     * that composite keys need their own connector). The captured records have a composite key, so the contract must
     * show the collision instead of passing: this is what that config does to such a table.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlserver"})
    void oneKeyColumnAsDocumentIdFailsOnCompositeKeysWithTheCollidingRows(String design) {
        List<Check> checks = SinkContracts.check(ContractFixtures.bundle(design), RECORDS);
        List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
        assertEquals(1, failed.size(), lines(checks));
        assertTrue(failed.get(0).name().endsWith("document id"), lines(checks));
        assertTrue(failed.get(0).evidence().contains("{order_id=1, line_no=1}, {order_id=1, line_no=2}"), lines(checks));
        assertTrue(failed.get(0).evidence().contains("key.ignore=true"), "says the fix: " + lines(checks));
    }

    /**
     * Debezium's Cassandra key always holds every primary key column (clustering columns too), so the Cassandra design
     * indexes each change as its own document: the composite-keyed records no longer collide.
     */
    @Test
    void theCassandraDesignIndexesEveryChangeSoCompositeKeysDoNotCollide() {
        List<Check> checks = SinkContracts.check(ContractFixtures.bundle("cassandra"), RECORDS);
        assertTrue(checks.stream().allMatch(Check::passed), lines(checks));
        assertTrue(checks.stream().anyMatch(c -> c.name().endsWith("document id") && c.evidence().contains("key.ignore=true")), lines(checks));
    }

    @Test
    void aDesignWithoutKafkaConnectSinksHasNoSinkContracts() {
        assertTrue(SinkContracts.check(ContractFixtures.bundle("db2"), RECORDS).isEmpty());
    }

    @Test
    void targetsWithoutAConnectSinkAreListedAsNotRun() {
        List<Check> mysql = SinkContracts.check(ContractFixtures.bundle("mysql-rds"), RECORDS, List.of(TargetKind.BIGQUERY, TargetKind.REDIS));
        assertEquals(List.of("sink contract Redis (NOT RUN)"), mysql.stream().map(Check::name).filter(n -> !n.contains("app-")).toList(), lines(mysql));
        List<Check> db2 = SinkContracts.check(ContractFixtures.bundle("db2"), RECORDS, List.of(TargetKind.DELTA_LAKE));
        assertEquals(1, db2.size(), lines(db2));
        assertTrue(db2.get(0).evidence().contains("without a Kafka Connect sink"), lines(db2));
    }

    @Test
    void everySinkKindHasAContract() {
        Set<TargetKind> covered = EnumSet.noneOf(TargetKind.class);
        SinkContracts.contracts().forEach(c -> covered.addAll(c.kinds()));
        assertEquals(EnumSet.allOf(TargetKind.class), covered);
        assertFalse(SinkContracts.contracts().stream().anyMatch(c -> !c.doc().startsWith("https://")));
    }
}
