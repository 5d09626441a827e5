package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessKafkaTest {

    @AfterEach
    void restoreKafkasExit() {
        Exit.resetExitProcedure();
        Exit.resetHaltProcedure();
    }

    /** A fatal error of the in-process broker must not end the JVM (the window, the CLI, this test run). */
    @Test
    void kafkasFatalExitAndHaltBecomeExceptionsWithKafkasReason() {
        InProcessKafka.keepTheProcessAlive();
        RehearsalException exit = assertThrows(RehearsalException.class, () -> Exit.exit(1, "controller not caught up"));
        assertTrue(exit.getMessage().contains("controller not caught up"), exit.getMessage());
        assertThrows(RehearsalException.class, () -> Exit.halt(1, "halt"));
    }
}
