package dev.cdcarchitect.rehearse;

import java.time.Duration;
import java.util.List;

/**
 * @param substitutions where the rehearsed connector config differs from the export, and why
 * @param startup       starting PostgreSQL, Kafka and Connect
 * @param workload      setting the database up, running the connector and the workload, reading the events
 */
public record RehearsalReport(List<Check> checks, List<String> substitutions, Duration startup, Duration workload) {

    public RehearsalReport {
        checks = List.copyOf(checks);
        substitutions = List.copyOf(substitutions);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }
}
