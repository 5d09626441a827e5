package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code rehearse --bootstrap-servers/--connect-url/--keep}: refused up front, before anything starts, when they cannot work. */
class RehearseStagingOptionsTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    @Test
    void connectUrlWithoutBootstrapServersIsABadInput() {
        CliRun run = CliRun.of("rehearse", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--connect-url", "http://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--connect-url") && run.err().contains("needs --bootstrap-servers"), run.err());
    }

    @Test
    void bootstrapServersWithoutConnectUrlIsABadInput() {
        CliRun run = CliRun.of("rehearse", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--bootstrap-servers", "127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("needs --connect-url"), run.err());
    }

    @Test
    void keepAloneIsABadInput() {
        CliRun run = CliRun.of("rehearse", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--keep");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--keep only applies to a rehearsal on your cluster"), run.err());
    }

    @Test
    void bootstrapServersMustBeHostPortPairs() {
        CliRun run = CliRun.of("rehearse", "--source", SEED_SOURCE, "--target", SEED_TARGET, "--bootstrap-servers", "http://broker:9092",
                "--connect-url", "http://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("not a list of HOST:PORT"), run.err());
    }

    @Test
    void aDesignThatDoesNotRehearseOnConnectRefusesTheClusterAndNeverShowsTheUrlsPassword() {
        CliRun run = CliRun.of("rehearse", "--source", "MariaDB 10.11, 200 GB, 2k TPS", "--target", "Apache Kafka to S3",
                "--bootstrap-servers", "127.0.0.1:1", "--connect-url", "http://admin:s3cret-pw@127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("rehearse PostgreSQL designs on Kafka Connect only"), run.err());
        assertTrue(run.err().contains("validate --connect-url"), "says what to do instead: " + run.err());
        assertEquals(1, run.err().split("Leave ", -1).length - 1, "what to do is said once: " + run.err());
        assertFalse((run.out() + run.err()).contains("s3cret-pw"), run.out() + run.err());
    }

    @Test
    void aContractsOnlyDesignRefusesTheClusterTooWithoutShowingThePassword() {
        CliRun run = CliRun.of("rehearse", "--source", "Oracle 19c, 2TB, 3k TPS", "--target", "Apache Kafka to Snowflake",
                "--bootstrap-servers", "127.0.0.1:1", "--connect-url", "http://admin:s3cret-pw@127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertFalse((run.out() + run.err()).contains("s3cret-pw"), run.out() + run.err());
    }
}
