package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** After a crash: the next start finds the autosave, offers to recover it, and brings the unsaved design back. */
class AppRecoveryTest {

    private static OwnAppSettings settings;
    private static javafx.application.Application app;
    private static Path dataDir;

    @BeforeAll
    static void leaveAnAutosaveBehind() throws Exception {
        settings = OwnAppSettings.use("dev/cdcarchitect/test-app-recovery");
        dataDir = settings.dataDir();
        Files.writeString(dataDir.resolve("autosave.cdcarch.json"), """
                {"formatVersion": 2, "designs": [{"name": "unsaved work", "sourceText": "MySQL 8.0 on Amazon RDS, 4 TB, 3k TPS",
                  "targetText": "Amazon MSK with sinks to BigQuery"}]}
                """);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        settings.remove();
    }

    @Test
    void theUnsavedDesignIsOfferedAndRecovered() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CdcArchitectApp.class);
        FxRobot robot = new FxRobot();
        java.util.function.Predicate<javafx.scene.Node> recoverButton = n -> n instanceof javafx.scene.control.Button b && "Recover".equals(b.getText())
                && b.isVisible() && b.getScene() != null && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing();
        dev.cdcarchitect.ui.FxWait.until(20, () -> robot.lookup(recoverButton).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node button = robot.lookup(recoverButton).query();
        robot.clickOn(button, javafx.scene.input.MouseButton.PRIMARY);
        dev.cdcarchitect.ui.FxWait.until(10, () -> robot.lookup("#sourceArea").queryAs(TextArea.class).getText().startsWith("MySQL 8.0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Amazon MSK with sinks to BigQuery", robot.lookup("#targetArea").queryAs(TextArea.class).getText());
        assertTrue(stage.getTitle().endsWith("unsaved work •"), stage.getTitle());
    }
}
