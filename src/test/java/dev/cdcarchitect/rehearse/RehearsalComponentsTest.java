package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RehearsalComponentsTest {

    @Test
    void onTheFullClassPathNothingIsMissing() {
        assertEquals(List.of(), RehearsalComponents.missing(RehearsalComponents.class.getClassLoader()));
    }

    @Test
    void aLoaderWithoutTheLibrariesMissesEachOfThem() {
        ClassLoader bare = new ClassLoader(ClassLoader.getPlatformClassLoader()) { };
        List<String> missing = RehearsalComponents.missing(bare);
        assertTrue(missing.contains("kafka.server.KafkaRaftServer") && missing.contains("io.debezium.connector.postgresql.PostgresConnector"), missing.toString());
        String message = RehearsalComponents.notInstalled(missing);
        assertTrue(message.contains("not installed") && message.contains("cdc-architect-rehearsal") && message.contains("unzip"), message);
    }

    @Test
    void installedComponentsPassTheCheck() {
        RehearsalComponents.requireInstalled(); // the test class path has them: no exception
    }
}
