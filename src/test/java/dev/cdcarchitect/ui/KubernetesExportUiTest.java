package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Export menu's Kubernetes item (issue 18): asks for a folder and writes the Strimzi v1 manifests off the FX thread. */
class KubernetesExportUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    @Test
    void theExportMenuWritesTheKubernetesFolder(FxRobot robot) throws Exception {
        Path out = Files.createTempDirectory("cdc-kubernetes-ui").resolve("cdc-kubernetes");
        ExportMenuRun run = ExportMenuRun.click(robot, window, "Kubernetes: Strimzi and Debezium Operator manifests (folder)…", out);
        assertTrue(run.asked() == ExportFormat.KUBERNETES, "asked for a Kubernetes folder: " + run.asked());
        assertTrue(run.suggested().endsWith("-kubernetes"), run.suggested());
        assertTrue(Files.readString(out.resolve("30-kafkaconnect-cdc-connect.yaml")).contains("apiVersion: kafka.strimzi.io/v1\n"));
        assertTrue(Files.readString(out.resolve("README.md")).contains("kubectl apply -f ."));
        assertTrue(run.message().contains("cdc-kubernetes"), run.message());
    }
}
