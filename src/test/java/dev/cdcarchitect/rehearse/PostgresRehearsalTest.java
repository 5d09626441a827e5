package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** End to end on real components: PostgreSQL 15 from the machine, in-process Kafka and Connect, Debezium 3.6.1. */
@Tag("rehearsal")
class PostgresRehearsalTest {

    private final DesignResult.Generated seed = SeedDesign.design();

    @Test
    void theSeedDesignsSourceConfigStreamsEveryChangeInOrderPerKey() {
        RehearsalReport report = new PostgresRehearsal().run(seed, new dev.cdcarchitect.export.configs.ConfigBundleBuilder().build(seed),
                SpecDatabaseSetup.of(seed), new RehearsalOptions(100, java.time.Duration.ofSeconds(8)), line -> {});
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines + "\nlocal: " + String.join("\nlocal: ", report.substitutions())
                + "\nstart-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        Check paced = report.checks().stream().filter(c -> c.name().equals("latency at 100/s")).findFirst().orElseThrow();
        // Whether p99 meets the objective depends on this machine's load; that every paced row arrived does not.
        assertTrue(paced.evidence().matches("\\d+ rows in .*commit → Kafka p50 \\d+ ms, p99 \\d+ ms.*"), paced.line());
        report.checks().stream().filter(c -> c != paced).forEach(c -> assertTrue(c.passed(), lines));
        for (String name : new String[] {"database setup", "topics", "source connector", "snapshot rows", "topic", "order per key", "tombstones",
                "added column", "large transaction", "restart", "truncate", "heartbeat"}) {
            assertTrue(report.checks().stream().anyMatch(c -> c.name().equals(name) && c.passed()), name + " missing or failed:\n" + lines);
        }
    }

    @Test
    void aMissingGrantFailsTheRehearsalWithTheDatabasesReason() {
        SpecDatabaseSetup withoutReplication = SpecDatabaseSetup.of(seed).without("ALTER ROLE debezium WITH REPLICATION;");
        RehearsalReport report = new PostgresRehearsal().run(seed, withoutReplication);
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines);
        assertFalse(report.passed(), lines);
        Check failed = report.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
        assertTrue(failed.name().equals("source connector") && failed.evidence().toLowerCase().contains("replication"), lines);
        assertTrue(failed.evidence().contains("grants"), "says what to check: " + lines);
    }
}
