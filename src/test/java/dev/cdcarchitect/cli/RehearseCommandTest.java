package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RehearseCommandTest {

    @Test
    void aSourceWithoutALocalServerGetsItsSinkContractsAndSaysWhatDidNotRun() {
        CliRun run = CliRun.of("rehearse", "--source", "Oracle 19c, 2TB, 3k TPS", "--target", "Apache Kafka to Snowflake and S3");
        assertEquals(ExitCodes.SPEC, run.code(), run.out() + run.err());
        assertTrue(run.out().lines().filter(l -> l.startsWith("PASS sink contract app-snowflake-sink")).count() >= 5, run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("PASS sink contract app-s3-sink")), run.out());
        assertTrue(run.out().contains("not proven: The source connector: there is no local Oracle server"), run.out());
        assertTrue(run.out().contains("not on Oracle's own"), run.out());
    }

    @Test
    @Tag("rehearsal")
    void theSeedDesignPrintsOneLinePerCheckAndExits0() {
        CliRun run = CliRun.of("rehearse", "--source", "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "--target", "Confluent Kafka with target sinks to Snowflake and Elasticsearch.");
        System.out.println(run.out() + run.err());
        assertEquals(ExitCodes.SPEC, run.code(), run.out() + run.err());
        assertTrue(run.out().lines().filter(l -> l.startsWith("PASS ")).count() >= 7, run.out());
        assertTrue(run.out().contains("local database.sslmode: verify-full -> disable"), "says where it differs from production: " + run.out());
        assertTrue(run.out().contains("checks passed; start-up "), run.out());
    }
}
