package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A design with exactly-once delivery is rehearsed on a distributed worker from its own worker.properties, restart included. */
@Tag("rehearsal")
class ExactlyOnceRehearsalTest {

    @Test
    void theExactlyOnceSeedRunsEveryCheckOnADistributedWorker() {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SeedDesign.SOURCE,
                SeedDesign.TARGET + " Exactly-once delivery required.");
        RehearsalReport report = new PostgresRehearsal().run(design);
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines + "\n" + String.join("\n", report.substitutions()));
        assertTrue(report.passed(), lines);
        assertTrue(report.substitutions().stream().anyMatch(s -> s.startsWith("worker.properties ")), "the worker's local changes are listed");
        assertTrue(report.checks().stream().anyMatch(c -> c.name().equals("topics") && c.evidence().contains("created by the distributed worker")), lines);
        assertTrue(report.checks().stream().anyMatch(c -> c.name().equals("restart") && c.passed()), lines);
    }
}
