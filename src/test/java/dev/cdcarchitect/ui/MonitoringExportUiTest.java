package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Export menu's monitoring item (issue 17): asks for a folder, writes the rules, runbook and dashboard off the FX thread. */
class MonitoringExportUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    @Test
    void theExportMenuWritesTheMonitoringFolder(FxRobot robot) throws Exception {
        Path out = Files.createTempDirectory("cdc-monitoring-ui").resolve("cdc-monitoring");
        ExportMenuRun run = ExportMenuRun.click(robot, window, "Monitoring: alerts, runbook, dashboard (folder)…", out);
        assertTrue(run.asked() == ExportFormat.MONITORING, "asked for a monitoring folder: " + run.asked());
        assertTrue(run.suggested().endsWith("-monitoring"), run.suggested());
        assertTrue(Files.readString(out.resolve("cdc-alerts.rules.yml")).contains("alert: SinkLagAboveBudget"));
        assertTrue(Files.exists(out.resolve("grafana-dashboard.json")));
        assertTrue(run.message().contains("cdc-monitoring"), run.message());
    }
}
