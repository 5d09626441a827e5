package dev.cdcarchitect.export.monitoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.DesignExporter;
import dev.cdcarchitect.export.ExportFolders;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.ForeignFolderException;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring folder export: the files it writes, byte-identical run to run, and the folder safety of the configs export. */
class MonitoringExportTest {

    private static final DesignExporter.Options OPTIONS = new DesignExporter.Options(dev.cdcarchitect.export.pdf.Paper.A4, LocalDate.of(2026, 11, 26));

    private static DesignResult.Generated seed() {
        return PromtoolCheckTest.design(GoldenDesigns.ALL.get(0));
    }

    @Test
    void writesTheFiveFilesAndTheMarker(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("monitoring");
        new DesignExporter().export(seed(), ExportFormat.MONITORING, out, OPTIONS);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(ExportFolders.MARKER, "README.md", "RUNBOOK.md", "cdc-alerts.rules.yml", "grafana-dashboard.json",
                    "jmx-exporter-kafka-connect.yml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("README.md")).contains("kafka_exporter"));
    }

    @Test
    void twoExportsOfTheSameDesignAreByteIdentical(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        new DesignExporter().export(seed(), ExportFormat.MONITORING, first, OPTIONS);
        new DesignExporter().export(PromtoolCheckTest.design(GoldenDesigns.ALL.get(0)), ExportFormat.MONITORING, second, OPTIONS);
        try (Stream<Path> files = Files.list(first)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(second.resolve(f.getFileName())), f.getFileName().toString());
            }
        }
    }

    @Test
    void neverReplacesAForeignFolder(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("project"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThrows(ForeignFolderException.class, () -> new DesignExporter().export(seed(), ExportFormat.MONITORING, out, OPTIONS));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void replacesItsOwnEarlierExport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("monitoring");
        new DesignExporter().export(seed(), ExportFormat.MONITORING, out, OPTIONS);
        new DesignExporter().export(PromtoolCheckTest.design(GoldenDesigns.ALL.get(3)), ExportFormat.MONITORING, out, OPTIONS);
        assertTrue(Files.readString(out.resolve("cdc-alerts.rules.yml")).contains("app-mariadb-source"));
    }

    @Test
    void theConfigsBundleCarriesTheSameMonitoringFolder() {
        java.util.Map<String, byte[]> configs = new DesignExporter().render(seed(), ExportFormat.CONFIGS, "", OPTIONS);
        java.util.Map<String, byte[]> monitoring = new DesignExporter().render(seed(), ExportFormat.MONITORING, "", OPTIONS);
        assertEquals(5, monitoring.size());
        monitoring.forEach((name, bytes) -> assertArrayEquals(bytes, configs.get("monitoring/" + name), name));
        assertTrue(configs.containsKey("worker.properties"), "the configuration itself is still there");
    }
}
