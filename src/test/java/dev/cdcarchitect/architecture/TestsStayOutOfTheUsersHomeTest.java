package dev.cdcarchitect.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The test suite must never write into the real user's preferences or home folder (issue 16: an export test left
 * {@code lastFolder=/tmp/...} in {@code ~/.java/.userPrefs}). The build points both at a folder under target/.
 */
class TestsStayOutOfTheUsersHomeTest {

    private static final Path BUILD = Path.of("target").toAbsolutePath();

    @Test
    void theHomeFolderOfTheTestsIsUnderTarget() {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
        assertTrue(home.startsWith(BUILD), "user.home is " + home + ", outside " + BUILD);
    }

    @Test
    void preferencesWrittenByTestsLandUnderTarget() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/cdcarchitect/test-isolation-probe");
        node.put("probe", "written by " + getClass().getSimpleName());
        node.flush();
        try {
            Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"))).toAbsolutePath();
            assertTrue(root.startsWith(BUILD), "preferences root is " + root + ", outside " + BUILD);
            try (Stream<Path> files = Files.walk(root)) {
                assertTrue(files.anyMatch(p -> p.toString().contains("test-isolation-probe")), "the probe node was not written under " + root);
            }
        } finally {
            node.removeNode();
            Preferences.userRoot().flush();
        }
    }
}
