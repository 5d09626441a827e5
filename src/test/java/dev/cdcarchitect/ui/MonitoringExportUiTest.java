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

/** The Export menu's monitoring item (issue 17): asks for a folder, writes the rules, runbook and dashboard off the FX thread. */
class MonitoringExportUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    @Test
    void theExportMenuWritesTheMonitoringFolder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.controller().export() != null && !robot.lookup("#exportMenu").query().isDisabled());
        Path out = Files.createTempDirectory("cdc-monitoring-ui").resolve("cdc-monitoring");
        AtomicReference<ExportFormat> asked = new AtomicReference<>();
        AtomicReference<String> suggested = new AtomicReference<>();
        robot.interact(() -> window.controller().exportMenu().useChooser((format, initial, name) -> {
            asked.set(format);
            suggested.set(name);
            return Optional.of(out);
        }));
        robot.clickOn("#exportMenu");
        robot.clickOn("Monitoring: alerts, runbook, dashboard (folder)…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.controller().export().state.get() == ExportViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked.get() == ExportFormat.MONITORING, "asked for a monitoring folder: " + asked.get());
        assertTrue(suggested.get().endsWith("-monitoring"), suggested.get());
        assertTrue(Files.readString(out.resolve("cdc-alerts.rules.yml")).contains("alert: SinkLagAboveBudget"));
        assertTrue(Files.exists(out.resolve("grafana-dashboard.json")));
        assertTrue(robot.lookup("#exportMessage").queryAs(Label.class).getText().contains("cdc-monitoring"),
                robot.lookup("#exportMessage").queryAs(Label.class).getText());
    }
}
