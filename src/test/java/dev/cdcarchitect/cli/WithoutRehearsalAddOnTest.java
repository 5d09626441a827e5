package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed application without its optional rehearsal add-on (docs/decisions/0016): the CLI and the window run
 * in a child JVM whose class path lacks the rehearsal's libraries. {@code rehearse} must say that the add-on is
 * missing and how to install it (exit 7), never fail with NoClassDefFoundError, and every other command must work.
 * The exact split of the jars is the installer's (installer/build.sh); here every jar of the groups only the rehearsal
 * brings is left out, which is what matters: none of their classes may be loaded outside a rehearsal.
 */
class WithoutRehearsalAddOnTest {

    static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    /** Maven repository folders of the libraries only the rehearsal needs (Kafka, Connect, Debezium, JDBC drivers, ...). */
    private static final List<String> REHEARSAL_GROUPS = List.of("/org/apache/kafka/", "/io/debezium/", "/org/postgresql/",
            "/org/mariadb/", "/org/hibernate/", "/org/scala-lang/", "/org/eclipse/jetty/", "/org/glassfish/", "/jakarta/",
            "/com/github/luben/", "/org/lz4/", "/at/yawk/lz4/", "/org/xerial/", "/org/slf4j/", "/org/apache/logging/");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static String classPathWithoutRehearsal() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> REHEARSAL_GROUPS.stream().noneMatch(group -> entry.replace('\\', '/').contains(group)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Run launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dprism.order=sw", "-cp", classPathWithoutRehearsal(), "dev.cdcarchitect.app.Launcher"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8), Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void theClassPathReallyLacksTheRehearsalLibraries() {
        String classPath = classPathWithoutRehearsal();
        assertFalse(classPath.contains("kafka-clients") || classPath.contains("debezium-") || classPath.contains("connect-runtime"), classPath);
        assertTrue(System.getProperty("java.class.path").contains("kafka-clients"), "a control: the test's own class path has them");
    }

    @Test
    void rehearseSaysTheAddOnIsMissingAndHowToInstallIt() throws Exception {
        Run run = launcher("rehearse", "--source", SOURCE, "--target", TARGET);
        assertEquals(ExitCodes.REHEARSAL_NOT_RUN, run.code(), run.out() + run.err());
        assertFalse(run.err().contains("NoClassDefFoundError") || run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains("rehearsal components are not installed"), run.err());
        assertTrue(run.err().contains("cdc-architect-rehearsal"), "names the add-on package: " + run.err());
    }

    @Test
    void everyOtherCommandWorksWithoutIt() throws Exception {
        Run design = launcher("design", "--source", SOURCE, "--target", TARGET);
        assertEquals(0, design.code(), design.err());
        assertTrue(design.out().contains("## 5. Failure Domains"), design.out());

        Path configs = dir.resolve("configs");
        Run export = launcher("export", "--source", SOURCE, "--target", TARGET, "--format", "configs", "--out", configs.toString());
        assertEquals(0, export.code(), export.err());

        // PDF exports without the add-on: .ci/run runs them from the app image before it unpacks the add-on.
        // Kafka Connect's REST API is asked with the application's own HTTP client, not Connect's classes.
        Run validate = launcher("validate", "--source", SOURCE, "--target", TARGET, "--connect-url", "http://127.0.0.1:9", "--timeout", "2");
        assertEquals(ExitCodes.CONNECT_UNAVAILABLE, validate.code(), validate.out() + validate.err());
        assertFalse(validate.err().contains("NoClassDefFoundError"), validate.err());
    }

    /** The window, with its Check menu, builds without the rehearsal's libraries (no eager import loads them). */
    @Test
    void theWindowOpensWithoutIt() throws Exception {
        Path png = dir.resolve("window.png");
        Run snapshot = launcher("snapshot", "--source", SOURCE, "--target", TARGET, "--out", png.toString());
        assertEquals(0, snapshot.code(), snapshot.out() + snapshot.err());
        assertFalse(snapshot.err().contains("NoClassDefFoundError"), snapshot.err());
        assertTrue(Files.size(png) > 0);
    }
}
