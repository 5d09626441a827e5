package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Closing the child worker at the end of a rehearsal kills it (SIGKILL, exit 137) rather than stopping it gracefully
 * (SIGTERM, exit 143), which waited seconds for the connector's task although its offsets were thrown away.
 */
@Tag("rehearsal")
class ChildConnectWorkerCloseTest {

    @Test
    void closeKillsTheWorkerWhoseStateIsThrownAway() {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            ChildConnectWorker worker = ChildConnectWorker.start(kafka.bootstrapServers(), Map.of());
            worker.close();
            assertEquals(137, worker.exitStatus(), "128 + SIGKILL");
        }
    }
}
