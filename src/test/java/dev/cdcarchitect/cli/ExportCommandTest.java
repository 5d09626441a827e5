package dev.cdcarchitect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code export}: every format writes where asked, atomically; refusals and bad paths write nothing. */
class ExportCommandTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun export(String format, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--source", SOURCE, "--target", TARGET, "--format", format, "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "png", "svg", "mermaid", "dot"})
    void eachFileFormatWritesOneFile(String format) throws IOException {
        Path out = dir.resolve("design." + format);
        CliRun run = export(format, out);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(out) > 100, format + " written");
        assertEquals(List.of(out.getFileName().toString()), names(dir), "nothing else, no temporary files left");
        byte[] head = Arrays.copyOf(Files.readAllBytes(out), 8);
        switch (format) {
            case "pdf" -> assertTrue(new String(head, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
            case "png" -> assertEquals((byte) 0x89, head[0]);
            case "svg" -> assertTrue(Files.readString(out).contains("<svg"));
            case "mermaid" -> assertTrue(Files.readString(out).startsWith("flowchart LR"));
            default -> assertTrue(Files.readString(out).startsWith("digraph cdc"));
        }
    }

    @Test
    void markdownWritesTheDocumentAndItsSvgBesideIt() throws IOException {
        CliRun run = export("markdown", dir.resolve("review.md"));
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("review.md", "review.svg"), names(dir));
        assertTrue(Files.readString(dir.resolve("review.md")).contains("![Pipeline diagram](review.svg)"));
    }

    @Test
    void configsWriteAFolderAndReplaceAnOldOneWhole() throws IOException {
        Path out = dir.resolve("runnable");
        assertEquals(0, export("configs", out).code(), "an earlier export: only such a folder is replaced (issue 14)");
        Files.writeString(out.resolve("connect/stale-connector.json"), "{}");
        CliRun run = export("configs", out);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(out.resolve("worker.properties")));
        assertTrue(Files.exists(out.resolve("topics.json")));
        assertTrue(Files.exists(out.resolve("connect/app-postgres-source.json")));
        assertTrue(Files.exists(out.resolve("kubernetes/50-kafkaconnector-app-postgres-source.yaml")));
        assertFalse(Files.exists(out.resolve("strimzi")), "the v1beta2 sketch is gone (issue 18)");
        assertFalse(Files.exists(out.resolve("connect/stale-connector.json")), "the old folder was replaced, not merged");
        assertEquals(List.of("runnable"), names(dir), "no temporary folders left");
    }

    @Test
    void kubernetesWritesManifestsForTheNamespaceAndKafkaClusterAsked() throws IOException {
        Path out = dir.resolve("k8s");
        CliRun run = export("kubernetes", out, "--namespace", "cdc-prod", "--kafka-cluster", "events");
        assertEquals(0, run.code(), run.err());
        String connect = Files.readString(out.resolve("30-kafkaconnect-cdc-connect.yaml"));
        assertTrue(connect.contains("namespace: cdc-prod"), connect);
        assertTrue(Files.readString(out.resolve("50-kafkaconnector-app-postgres-source.yaml")).contains("${secrets:cdc-prod/cdc-postgres:password}"));
        assertTrue(Files.readString(out.resolve("README.md")).contains("kubectl apply -f ."));
    }

    @Test
    void kubernetesNamesThatAreNotKubernetesNamesAreUsageErrors() {
        CliRun run = export("kubernetes", dir.resolve("k8s"), "--namespace", "CDC_Prod");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("--namespace") && run.err().contains("'CDC_Prod' is not a Kubernetes name"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(dir.resolve("k8s")), "nothing written");
    }

    @Test
    void anUnsafeInputExitsThreeAndWritesNothing() throws IOException {
        CliRun run = run("export", "--source", "PostgreSQL 14; DROP TABLE users; --", "--target", "Kafka", "--format", "pdf",
                "--out", dir.resolve("x.pdf").toString());
        assertEquals(3, run.code());
        assertEquals("{\"error\": \"unsafe\"}", run.out());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void badPathsAreClearErrors() throws IOException {
        CliRun missing = export("pdf", dir.resolve("no/such/folder/x.pdf"));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        CliRun directory = export("svg", dir);
        assertEquals(2, directory.code());
        assertTrue(directory.err().contains("is a directory"), directory.err());
        Path file = Files.writeString(dir.resolve("a-file"), "keep me");
        CliRun notAFolder = export("configs", file);
        assertEquals(2, notAFolder.code());
        assertTrue(notAFolder.err().contains("is a file"), notAFolder.err());
        assertEquals("keep me", Files.readString(file));
        CliRun badFormat = export("docx", dir.resolve("x.docx"));
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("markdown|pdf|png|svg|mermaid|dot|configs"), badFormat.err());
        for (CliRun r : List.of(missing, directory, notAFolder, badFormat)) assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void anExistingFileIsReplacedWholeAndKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("d.dot");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, export("dot", out).code());
        assertTrue(Files.readString(out).startsWith("digraph cdc"));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    /** A folder export that fails half-way (here: a file that would land outside the folder) leaves the old one. */
    @Test
    void aFolderWriteThatFailsHalfWayLeavesTheOldFolder() throws IOException {
        Path out = dir.resolve("configs");
        AtomicFiles.writeFolder(out, Map.of("worker.properties", "old=1".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("worker.properties", "new=1".getBytes(StandardCharsets.UTF_8));
        files.put("../escape.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.writeFolder(out, files));
        assertEquals("old=1", Files.readString(out.resolve("worker.properties")));
        assertEquals(List.of("configs"), names(dir), "no temporary folder, nothing outside");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
