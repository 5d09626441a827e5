package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: started where JavaFX cannot open a window (no display, GTK libraries missing), the README's run command
 * died with a raw stack trace. It must print one line that says why and what to install or use instead.
 */
class WindowCannotStartTest {

    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheWindowSaysWhyAndWhatToDoInsteadOfAStackTrace() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), "dev.cdcarchitect.app.Launcher")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher must end, not hang");
        String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.NO_WINDOW, p.exitValue(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace:\n" + err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cdc-architect: the window could not start: no display")), err);
        assertTrue(err.contains("libgtk-3-0") && err.contains("cdc-architect design --help"), "names the libraries and the headless way:\n" + err);
    }
}
