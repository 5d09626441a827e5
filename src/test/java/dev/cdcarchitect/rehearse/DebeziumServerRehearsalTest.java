package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Debezium Server → Kafka: the exported application.properties run in the embedded engine Debezium Server wraps. */
@Tag("rehearsal")
class DebeziumServerRehearsalTest {

    /** The seed with its source on Debezium Server (decision 0008's wording). */
    static final String TARGET = SeedDesign.TARGET.replace(".", "") + "; source captured by Debezium Server";

    @Test
    void theExportedServerPropertiesStreamEveryChangeToTheDesignedTopics() {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(SeedDesign.SOURCE, TARGET);
        RehearsalReport report = new DebeziumServerRehearsal().run(design);
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines + "\nlocal: " + String.join("\nlocal: ", report.substitutions())
                + "\nstart-up " + report.startup().toMillis() + " ms, workload " + report.workload().toMillis() + " ms");
        assertTrue(report.passed(), lines);
        for (String name : new String[] {"server config", "database setup", "topics", "engine", "topics used", "order per key", "heartbeat"}) {
            assertTrue(report.checks().stream().anyMatch(c -> c.name().equals(name) && c.passed()), name + " missing or failed:\n" + lines);
        }
    }
}
