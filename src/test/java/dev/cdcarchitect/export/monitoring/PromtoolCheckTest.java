package dev.cdcarchitect.export.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.rules.StatedInputs;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real {@code promtool check rules} accepts the rule file of every golden design. promtool comes from the Debian
 * package {@code prometheus}, which CI installs (.ci/run): without it this test fails, it does not skip.
 */
class PromtoolCheckTest {

    static Stream<GoldenDesigns.Case> cases() {
        return GoldenDesigns.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void promtoolAcceptsTheRulesOfEveryGoldenDesign(GoldenDesigns.Case c, @TempDir Path dir) throws Exception {
        check(c.name(), design(c), dir);
    }

    /** The two runtimes the golden designs do not cover: the source in Debezium Server, and no Kafka at all. */
    @org.junit.jupiter.api.Test
    void promtoolAcceptsTheRulesOfDebeziumServerAndNoKafkaDesigns(@TempDir Path dir) throws Exception {
        String pg = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
        DesignResult.Generated server = (DesignResult.Generated) new DesignService().design(pg,
                "Confluent Kafka with target sinks to Snowflake and Elasticsearch; source captured by Debezium Server");
        check("debezium-server", server, Files.createDirectories(dir.resolve("server")));
        DesignResult.Generated noKafka = StatedInputs.design(StatedInputs.noKafka(StatedInputs.parse(pg, "Snowflake"), NativeSink.PUBSUB));
        check("no-kafka", noKafka, Files.createDirectories(dir.resolve("native")));
        assertTrue(Thresholds.of(noKafka).connectors().isEmpty(), "nothing runs on Kafka Connect without Kafka");
    }

    private static void check(String name, DesignResult.Generated design, Path dir) throws Exception {
        GoldenDesigns.Case c = new GoldenDesigns.Case(name, "", "");
        Map<String, String> files = new MonitoringBundleBuilder().build(design);
        Path rules = dir.resolve(PrometheusRuleFile.FILE);
        Files.writeString(rules, files.get(PrometheusRuleFile.FILE), StandardCharsets.UTF_8);
        Path log = dir.resolve("promtool.log");
        Process p;
        try {
            p = new ProcessBuilder(promtool(), "check", "rules", rules.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            fail("promtool is not installed: install the Debian package 'prometheus' (apt-get install -y prometheus), as .ci/run does. " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool did not finish in 60 s");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), () -> "promtool rejected the rules of " + c.name() + ":\n" + output + "\n" + files.get(PrometheusRuleFile.FILE));
        assertTrue(output.contains("SUCCESS"), output);
    }

    private static String promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "promtool"))) return Path.of(dir, "promtool").toString();
        }
        return "promtool";
    }

    static DesignResult.Generated design(GoldenDesigns.Case c) {
        if (new DesignService().design(c.source(), c.target()) instanceof DesignResult.Generated g) return g;
        throw new AssertionError("refused: " + c.name());
    }
}
