package dev.cdcarchitect.domain;

/** One row of the failure matrix in section 5. */
public record FailureScenario(
        String id, String failure, String detection, String impact, String recovery, String rpo, String rto) {}
