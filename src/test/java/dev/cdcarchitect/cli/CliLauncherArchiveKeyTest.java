package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/cdc-architect-cli keys its class-data archive by the installation. Installing the rehearsal add-on (decision
 * 0016) puts jars where the archive recorded the manifest's entries as absent; Java 17 then disables the archive and
 * prints one warning per jar on every run. So the add-on's presence must lead to a new archive.
 */
class CliLauncherArchiveKeyTest {

    @TempDir
    Path dir;

    /** A stand-in 'java': the training run writes its archive; a normal run prints the archive it was given. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            for a in "$@"; do
              case "$a" in
                -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}"; exit 0 ;;
                -XX:SharedArchiveFile=*) echo "ARCHIVE ${a#-XX:SharedArchiveFile=}" ;;
              esac
            done
            """;

    private String run(Path launcher) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", launcher.toString(), "design").redirectErrorStream(true);
        pb.environment().put("HOME", dir.toString());
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("CDC_ARCHITECT_NO_ARCHIVE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().filter(l -> l.startsWith("ARCHIVE ")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    @Test
    void installingTheAddOnLeadsToANewArchive() throws Exception {
        Path root = dir.resolve("install");
        Path launcher = FakeInstallation.create(root, FAKE_JAVA);
        Files.writeString(root.resolve("lib/app/lib/picocli-4.7.7.jar"), "");

        String before = run(launcher);
        assertEquals(before, run(launcher), "a control: the same installation keeps its archive");
        Files.writeString(root.resolve("lib/app/lib/kafka-clients-4.3.0.jar"), ""); // the add-on is unzipped
        assertNotEquals(before, run(launcher));
    }
}
