package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Export menu's runbook item (issue 17): asks for a .md file and writes the cutover runbook off the FX thread. */
class RunbookExportUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    @Test
    void theExportMenuWritesTheCutoverRunbook(FxRobot robot) throws Exception {
        Path out = Files.createTempDirectory("cdc-runbook-ui").resolve("cdc-runbook.md");
        ExportMenuRun run = ExportMenuRun.click(robot, window, "Cutover and reconciliation runbook (.md)…", out);
        assertEquals(ExportFormat.RUNBOOK, run.asked());
        assertTrue(run.suggested().endsWith("-runbook"), run.suggested());
        String md = Files.readString(out);
        assertTrue(md.contains("## Cutover and reconciliation") && md.contains("-- bucketHashes"), md);
        assertTrue(run.message().contains("cdc-runbook.md"), run.message());
    }
}
