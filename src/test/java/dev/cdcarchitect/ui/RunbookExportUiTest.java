package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.ui.export.ExportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export menu's runbook item (issue 17): asks for a .md file and writes the cutover runbook off the FX thread. */
class RunbookExportUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    @Test
    void theExportMenuWritesTheCutoverRunbook(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.controller().export() != null && !robot.lookup("#exportMenu").query().isDisabled());
        Path out = Files.createTempDirectory("cdc-runbook-ui").resolve("cdc-runbook.md");
        AtomicReference<ExportFormat> asked = new AtomicReference<>();
        AtomicReference<String> suggested = new AtomicReference<>();
        robot.interact(() -> window.controller().exportMenu().useChooser((format, initial, name) -> {
            asked.set(format);
            suggested.set(name);
            return Optional.of(out);
        }));
        robot.clickOn("#exportMenu");
        robot.clickOn("Cutover and reconciliation runbook (.md)…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.controller().export().state.get() == ExportViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked.get() == ExportFormat.RUNBOOK, "asked for a runbook file: " + asked.get());
        assertTrue(suggested.get().endsWith("-runbook"), suggested.get());
        String md = Files.readString(out);
        assertTrue(md.contains("## Cutover and reconciliation") && md.contains("-- bucketHashes"), md);
        assertTrue(robot.lookup("#exportMessage").queryAs(Label.class).getText().contains("cdc-runbook.md"),
                robot.lookup("#exportMessage").queryAs(Label.class).getText());
    }
}
