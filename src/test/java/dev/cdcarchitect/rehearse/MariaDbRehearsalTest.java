package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** End to end on real components: MariaDB from the machine, in-process Kafka and Connect, Debezium's MariaDB connector. */
@Tag("rehearsal")
class MariaDbRehearsalTest {

    private static final List<String> CHECKS = List.of("database setup", "topics", "source connector", "snapshot rows", "topic",
            "order per key", "tombstones", "added column", "large transaction", "restart", "truncate");

    static DesignResult.Generated design(String source, String target) {
        return (DesignResult.Generated) new DesignService().design(source, target);
    }

    private static String print(RehearsalReport report) {
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines + "\nlocal: " + String.join("\nlocal: ", report.substitutions())
                + "\nstart-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return lines;
    }

    /** Rehearses the design and asserts that every check ran and passed. */
    private static RehearsalReport passingRehearsal(String source, String target) {
        RehearsalReport report = new MariaDbRehearsal().run(design(source, target));
        String lines = print(report);
        assertTrue(report.passed(), lines);
        for (String name : CHECKS) {
            assertTrue(report.checks().stream().anyMatch(c -> c.name().equals(name) && c.passed()), name + " missing or failed:\n" + lines);
        }
        return report;
    }

    /**
     * The same run carries a MariaDB replica (issue 17, reconciliation through Kafka): the exported JDBC sink writes a
     * second database of the throwaway MariaDB, and the runbook's MySQL/MariaDB queries then run on the source table and
     * on rows that came through Kafka. One server, one run: the replica adds only the sink's time to CI.
     */
    @Test
    void aMariaDbDesignsSourceConfigStreamsEveryChangeInOrderPerKeyToItsReplica() {
        RehearsalReport report = passingRehearsal("MariaDB 10.11, 200 GB, 2,000 TPS, composite primary keys", "S3, Elasticsearch and a MariaDB replica");
        String lines = print(report);
        assertTrue(report.substitutions().stream().anyMatch(s -> s.contains("REQUIRE SSL")), "says the user ran without TLS");
        for (String sink : new String[] {"sink contract app-s3-sink:", "sink contract app-elasticsearch-sink:"}) {
            assertTrue(report.checks().stream().filter(c -> c.name().startsWith(sink)).count() >= 4, sink + " on the connector's records");
        }
        for (String name : new String[] {"target database setup", "target connector", "target rows", "target deletes", "target DLQ",
                "target reconciliation"}) {
            assertTrue(report.checks().stream().anyMatch(c -> c.name().equals(name) && c.passed()), name + " missing or failed:\n" + lines);
        }
        Check setup = check(report, "target database setup");
        assertTrue(setup.evidence().contains("CREATE USER 'replica_writer'@'%'") && setup.evidence().contains("ON replica.*"), setup.line());
        Check rows = check(report, "target rows");
        assertTrue(rows.evidence().contains("in the replica's replica.app_shop_orders"), rows.line());
        // MariaDB's queries on both sides: the clean run agrees, the planted delete is found by range and by key
        Check reconciliation = check(report, "target reconciliation");
        assertTrue(reconciliation.evidence().contains("MySQL / MariaDB queries") && reconciliation.evidence().contains("agree on shop.orders and "
                + "replica.app_shop_orders") && reconciliation.evidence().matches(".*was found: bucket \\d+ \\(keys .*extra in the target \\[\\d+\\|\\d+\\].*"),
                reconciliation.line());
    }

    private static Check check(RehearsalReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * "MySQL with exactly-once on" (issue 15): the design's own worker.properties runs a distributed worker with
     * exactly.once.source.support=enabled, the exported connector keeps exactly.once.support=required, and the events
     * the checks read were committed in the task's transactions.
     */
    @Test
    void aMySqlDesignWithExactlyOnceRunsOnADistributedWorkerAndItsEventsAreCommittedInTransactions() {
        RehearsalReport report = passingRehearsal("MySQL 8.0, 500 GB, 5,000 TPS, composite primary keys, exactly-once delivery required", "S3 and Elasticsearch");
        List<String> notes = report.substitutions();
        assertTrue(notes.stream().anyMatch(s -> s.contains("MySQL design rehearsed on MariaDB with Debezium's MariaDB connector")), notes.toString());
        assertTrue(notes.stream().anyMatch(s -> s.startsWith("server setting gtid_mode=ON: left out")), notes.toString());
        assertTrue(notes.stream().noneMatch(s -> s.contains("NOT exercised")), notes.toString());
        assertTrue(notes.stream().anyMatch(s -> s.startsWith("worker.properties worker plugin.path: /opt/kafka/plugins -> ")), notes.toString());
        assertTrue(notes.stream().noneMatch(s -> s.startsWith("exactly.once")), "the connector's exactly-once settings load as exported: " + notes);
        Check eos = report.checks().stream().filter(c -> c.name().equals("exactly-once")).findFirst().orElseThrow();
        assertTrue(eos.passed() && eos.evidence().startsWith("transactional producer cdc-connect-app-mysql-source-0 "), eos.line());
    }

    @Test
    void aRemovedReplicationGrantFailsWithTheDatabasesReason() {
        DesignResult.Generated design = design("MariaDB 10.11, 200 GB, 2,000 TPS, composite primary keys", "S3 and Elasticsearch");
        SpecDatabaseSetup spec = SpecDatabaseSetup.of(design, "mariadb.", List.of("shop.orders"));
        String grant = "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'debezium'@'%';";
        assertTrue(spec.statements().contains(grant), spec.statements().toString());
        List<String> withoutReplicationSlave = spec.statements().stream()
                .map(s -> s.equals(grant) ? s.replace(" REPLICATION SLAVE,", "") : s).toList();
        RehearsalReport report = new MariaDbRehearsal().run(design,
                new SpecDatabaseSetup(spec.serverSettings(), withoutReplicationSlave, spec.capturedTables()));
        String lines = print(report);
        assertFalse(report.passed(), lines);
        Check failed = report.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        // MariaDB's own words name the missing privilege
        assertTrue(failed.name().equals("source connector") && failed.evidence().contains("Access denied")
                && failed.evidence().contains("REPLICATION SLAVE"), lines);
        assertTrue(failed.evidence().contains("grants"), "says what to check: " + lines);
    }
}
