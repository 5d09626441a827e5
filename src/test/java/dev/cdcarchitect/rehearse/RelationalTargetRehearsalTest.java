package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PostgreSQL → Kafka → PostgreSQL replica on real components: the exported Debezium JDBC sink config, as-is. */
@Tag("rehearsal")
class RelationalTargetRehearsalTest {

    /** The seed's source with a replica target: the intake reads "a PostgreSQL replica" as a relational replica. */
    static final String TARGET = "Kafka to a PostgreSQL replica for reporting";

    private final DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SeedDesign.SOURCE, TARGET);

    @Test
    void theExportedJdbcSinkMakesTheReplicaEqualToTheSource() {
        RehearsalReport report = new PostgresRehearsal().run(design, new dev.cdcarchitect.export.configs.ConfigBundleBuilder().build(design),
                SpecDatabaseSetup.of(design), new RehearsalOptions(40, java.time.Duration.ofSeconds(4)), line -> {});
        String lines = print(report);
        // End to end means commit at the source to the row in the target, not only to Kafka (issue 15, --rate).
        Check paced = report.checks().stream().filter(c -> c.name().equals("latency at 40/s")).findFirst().orElseThrow();
        assertTrue(paced.evidence().matches("\\d+ rows in .*commit → replica row p50 \\d+ ms, p99 \\d+ ms against the design's p99 objective.*"
                + "commit → Kafka p50 \\d+ ms, p99 \\d+ ms.*"), paced.line());
        report.checks().stream().filter(c -> c != paced).forEach(c -> assertTrue(c.passed(), lines));
        for (String name : new String[] {"target database setup", "target connector", "target rows", "target deletes", "target DLQ"}) {
            assertTrue(report.checks().stream().anyMatch(c -> c.name().equals(name) && c.passed()), name + " missing or failed:\n" + lines);
        }
        Check dlq = report.checks().stream().filter(c -> c.name().equals("target DLQ")).findFirst().orElseThrow();
        assertTrue(dlq.evidence().contains("the poison record") && dlq.evidence().contains("set aside on dlq."), dlq.line());
    }

    /** Without a dead letter queue, the poison record has nowhere to go: the check names the setting and the fix. */
    @Test
    void aSinkWithoutADeadLetterQueueFailsOnThePoisonRecord() {
        RehearsalReport report = new PostgresRehearsal(RelationalTargetRehearsal.withSetting("errors.deadletterqueue.topic.name", null)).run(design);
        String lines = print(report);
        Check dlq = report.checks().stream().filter(c -> c.name().equals("target DLQ")).findFirst().orElseThrow();
        assertTrue(!dlq.passed() && dlq.evidence().contains("errors.deadletterqueue.topic.name") && dlq.evidence().contains("Fix:"), lines);
    }

    /** The spec's own writer grants run on the replica: without CREATE on the schema the sink cannot create its table. */
    @Test
    void aMissingWriterGrantFailsTheTarget() {
        RehearsalReport report = new PostgresRehearsal(RelationalTargetRehearsal.withoutWriterStatement(
                "GRANT USAGE, CREATE ON SCHEMA public TO replica_writer;")).run(design);
        String lines = print(report);
        assertFalse(report.passed(), lines);
        Check setup = report.checks().stream().filter(c -> c.name().equals("target database setup")).findFirst().orElseThrow();
        assertTrue(setup.passed() && setup.evidence().contains("CREATE ROLE replica_writer"), lines);
        Check failed = report.checks().stream().filter(c -> c.name().startsWith("target") && !c.passed()).findFirst().orElseThrow();
        assertTrue(failed.name().equals("target connector") && failed.evidence().contains("Could not find table: app_public_orders")
                && failed.evidence().contains("replica writer grants"), lines);
    }

    @Test
    void aConnectionUrlNamingAnotherDatabaseFailsNamingTheSetting() {
        RehearsalReport report = new PostgresRehearsal(RelationalTargetRehearsal.withSetting("connection.url", "jdbc:${env:CDC_REPLICA_URL}_old"))
                .run(design);
        String lines = print(report);
        assertFalse(report.passed(), lines);
        Check failed = report.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        assertTrue(failed.name().equals("target connector") && failed.evidence().contains("replica_old")
                && failed.evidence().contains("connection.url="), lines);
        // reported after a few quick attempts, not c3p0's 30 attempts 1 s apart, and the report says so
        assertTrue(report.substitutions().stream().anyMatch(s -> s.startsWith(SinkConnectionRetries.ATTEMPTS + ": ")), report.substitutions().toString());
    }

    @Test
    void deletesLeftOffLeaveDeletedRowsAndTheFailureNamesDeleteEnabled() {
        RehearsalReport report = new PostgresRehearsal(RelationalTargetRehearsal.withSetting("delete.enabled", "false")).run(design);
        String lines = print(report);
        assertFalse(report.passed(), lines);
        Check deletes = report.checks().stream().filter(c -> c.name().equals("target deletes")).findFirst().orElseThrow();
        assertFalse(deletes.passed(), lines);
        assertTrue(deletes.evidence().contains("order_id=2,line_no=1 still in the replica") && deletes.evidence().contains("delete.enabled=true (now false)"),
                lines);
    }

    private static String print(RehearsalReport report) {
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines + "\nstart-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        return lines;
    }
}
