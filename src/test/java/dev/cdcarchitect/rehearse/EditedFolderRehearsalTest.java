package dev.cdcarchitect.rehearse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.export.configs.ExportedFolder;
import dev.cdcarchitect.rehearse.check.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse --configs DIR}: hand edits in an exported folder are what runs, and a defect planted there fails
 * with the file, the setting and the fix.
 */
@Tag("rehearsal")
class EditedFolderRehearsalTest {

    private static final String SOURCE_FILE = "connect/app-postgres-source.json";
    private final DesignResult.Generated seed = SeedDesign.design();

    @TempDir
    Path folder;

    @Test
    void aWrongPluginClassNamesTheFileTheSettingAndTheFix() throws IOException {
        export();
        edit(SOURCE_FILE, "io.debezium.connector.postgresql.PostgresConnector", "io.debezium.connector.postgresql.PostgresConector");
        Check failed = firstFailure(ExportedFolder.read(folder));
        assertTrue(failed.evidence().contains(SOURCE_FILE) && failed.evidence().contains("connector.class")
                && failed.evidence().contains("PostgresConector") && failed.evidence().contains("Fix:"), failed.line());
    }

    @Test
    void aBrokenTransformNamesTheFileTheSettingAndTheFix() throws IOException {
        export();
        edit(SOURCE_FILE, "\"heartbeat.interval.ms\"", "\"transforms\" : \"route\",\n    \"transforms.route.type\" : \"org.apache.kafka.connect.transforms.RegexRuoter\",\n    \"heartbeat.interval.ms\"");
        Check failed = firstFailure(ExportedFolder.read(folder));
        assertTrue(failed.evidence().contains(SOURCE_FILE) && failed.evidence().contains("transforms.route.type")
                && failed.evidence().contains("Fix:"), failed.line());
    }

    @Test
    void aFolderThatIsNotAnExportIsRefusedWithWhatToGive() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ExportedFolder.read(folder));
        assertTrue(e.getMessage().contains("export --format configs"), e.getMessage());
    }

    private Check firstFailure(ConfigBundle edited) {
        RehearsalReport report = new PostgresRehearsal().run(seed, edited, SpecDatabaseSetup.of(seed), line -> {});
        String lines = report.checks().stream().map(Check::line).collect(Collectors.joining("\n"));
        System.out.println(lines);
        assertFalse(report.passed(), lines);
        return report.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
    }

    private void export() throws IOException {
        for (Map.Entry<String, String> f : new ConfigBundleBuilder().build(seed).files().entrySet()) {
            Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }
}
