package dev.cdcarchitect.domain;

public enum EdgeKind {
    READS_LOG,
    PRODUCES,
    CONSUMES,
    WRITES,
    DEAD_LETTERS,
    REGISTERS_SCHEMA,
    RUNS_ON
}
