package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfDocumentWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same design, same options: byte-identical files in every format, in this JVM and in fresh ones. */
@Tag("adversarial")
class ReproducibleExportTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatRendersTheSameBytesTwice() {
        DesignResult.Generated design = ExportFixtures.seed();
        for (ExportFormat format : ExportFormat.values()) {
            Map<String, byte[]> first = new DesignExporter().render(design, format, "spec." + format.extension(), ExportFixtures.A4);
            Map<String, byte[]> second = new DesignExporter().render(design, format, "spec." + format.extension(), ExportFixtures.A4);
            assertEquals(first.keySet(), second.keySet(), format + ": the same files");
            first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), format + " '" + name + "' differs between two renders"));
        }
        byte[] compare = new PdfDocumentWriter().writeMarkdown("Design comparison", "# A\n\n| x | y |\n|---|---|\n| 1 | 2 |\n", Paper.A4);
        assertArrayEquals(compare, new PdfDocumentWriter().writeMarkdown("Design comparison", "# A\n\n| x | y |\n|---|---|\n| 1 | 2 |\n", Paper.A4),
                "a comparison PDF differs between two renders");
    }

    @Test
    void kubernetesResourcesKeepTheirDeclaredKeyOrder() {
        Map<String, byte[]> bundle = new DesignExporter().render(ExportFixtures.seed(), ExportFormat.CONFIGS, "", ExportFixtures.A4);
        Map<String, String> texts = new java.util.TreeMap<>();
        bundle.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        assertDeclaredOrder(texts);
    }

    /** metadata is written name first, then labels, as declared (Map.of would put them in a per-JVM order). */
    private static void assertDeclaredOrder(Map<String, String> bundle) {
        int checked = 0;
        for (Map.Entry<String, String> file : bundle.entrySet()) {
            String text = file.getValue();
            if (!text.contains("kind: KafkaConnector") && !text.contains("kind: KafkaTopic")) continue;
            checked++;
            assertTrue(text.matches("(?s).*metadata:\\n\\s+name: [^\\n]+\\n\\s+namespace: [^\\n]+\\n\\s+labels:\\n.*"),
                    file.getKey() + ": name, namespace, then labels\n" + text);
        }
        assertTrue(checked > 0, "the bundle has Strimzi resources: " + bundle.keySet());
    }

    /** Map.of's iteration order is salted per JVM: only fresh JVMs show a flip, so export in several and compare. */
    @Test
    void freshJvmsWriteIdenticalConfigBundles() throws Exception {
        List<Map<String, String>> bundles = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path out = dir.resolve("run" + run);
            int code = cli(Map.of(), "export", "--format", "configs", "--out", out.toString());
            assertEquals(0, code, "export in a child JVM");
            bundles.add(contents(out));
            assertDeclaredOrder(bundles.get(run));
        }
        assertEquals(bundles.get(0), bundles.get(1));
        assertEquals(bundles.get(0), bundles.get(2));
    }

    @Test
    void sourceDateEpochSetsThePdfDatesAndTheIdIsStable() throws Exception {
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        assertEquals(0, cli(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "export", "--format", "pdf", "--out", first.toString()));
        assertEquals(0, cli(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "export", "--format", "pdf", "--out", second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "two runs with SOURCE_DATE_EPOCH give the same PDF");
        try (PDDocument pdf = Loader.loadPDF(first.toFile())) {
            assertEquals(1_700_000_000_000L, pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals(TimeZone.getTimeZone("UTC").getRawOffset(), pdf.getDocumentInformation().getCreationDate().getTimeZone().getRawOffset());
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(folder.relativize(p).toString(), Files.readString(p));
        }
        return files;
    }

    private int cli(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.cdcarchitect.app.Launcher"));
        command.addAll(List.of(args));
        command.addAll(List.of("--source", "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.",
                "--target", "Confluent Kafka with target sinks to Snowflake and Elasticsearch."));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish");
        }
        if (p.exitValue() != 0) System.err.println(Files.readString(dir.resolve("child.log")));
        return p.exitValue();
    }
}
