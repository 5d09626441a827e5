package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII text in --source under an ASCII locale (LANG=C): Java 17 has already turned the bytes into U+FFFD
 * before main runs, so the CLI says how to pass the text instead of calling it binary data; the shell launcher
 * switches such a locale to C.UTF-8 so the text arrives intact.
 */
@Tag("adversarial")
class NonAsciiArgumentsTest {

    static final String SOURCE = "PostgreSQL 14 für die Bestellungen, 50 GB, 1k TPS, café_orders table.";
    static final String TARGET = "Kafka to Snowflake.";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run java(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.cdcarchitect.app.Launcher"));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8), Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void underAnAsciiLocaleTheMessageSaysWhatToDo() throws Exception {
        Run run = java(Map.of("LANG", "C", "LC_ALL", "C"), "design", "--source", SOURCE, "--target", TARGET);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        assertFalse(run.err().contains("binary data"), run.err());
        assertTrue(run.err().contains("--source") && run.err().contains("LANG=C.UTF-8") && run.err().contains("--source-file"), run.err());
    }

    @Test
    void underAUtf8LocaleTheTextIsRead() throws Exception {
        Run run = java(Map.of("LC_ALL", "C.UTF-8"), "design", "--source", SOURCE, "--target", TARGET);
        assertEquals(0, run.code(), "a control: with a UTF-8 locale the same text is a design: " + run.err());
    }

    /** The installed shell launcher, run with a stand-in 'java' that reports the locale and argument it got. */
    @Test
    void theShellLauncherGivesJavaAUtf8Locale() throws Exception {
        Path launcher = FakeInstallation.create(dir.resolve("install"), "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-} CHARMAP=$(locale charmap)\"\n");
        Run run = run(List.of("/bin/sh", launcher.toString(), "design", "--source", SOURCE),
                Map.of("LANG", "C", "LC_ALL", "C", "CDC_ARCHITECT_NO_ARCHIVE", "1", "HOME", dir.toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("CHARMAP=UTF-8"), run.out());
        Run utf8 = run(List.of("/bin/sh", launcher.toString(), "design"),
                Map.of("LANG", "de_DE.UTF-8", "LC_ALL", "C.UTF-8", "CDC_ARCHITECT_NO_ARCHIVE", "1", "HOME", dir.toString()));
        assertTrue(utf8.out().contains("LC_ALL=C.UTF-8"), "a UTF-8 locale is left as it is: " + utf8.out());
    }
}
