package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.time.Duration;
import java.util.List;

/**
 * @param substitutions where the rehearsed connector config differs from the export, and why
 * @param startup       starting the database, Kafka and Connect
 * @param workload      setting the database up, running the connector and the workload, reading the events
 * @param notProven     what this rehearsal did not exercise, said plainly in every report
 */
public record RehearsalReport(List<Check> checks, List<String> substitutions, Duration startup, Duration workload, List<String> notProven) {

    public RehearsalReport {
        checks = List.copyOf(checks);
        substitutions = List.copyOf(substitutions);
        notProven = List.copyOf(notProven);
    }

    public RehearsalReport(List<Check> checks, List<String> substitutions, Duration startup, Duration workload) {
        this(checks, substitutions, startup, workload, List.of());
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }
}
