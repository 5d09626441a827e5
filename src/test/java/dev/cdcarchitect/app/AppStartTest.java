package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.ui.topology.TopologyView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application as a user starts it: placeholder first, then the workbench with the seed design. */
class AppStartTest {

    private static OwnAppSettings settings;
    private static javafx.application.Application app;

    @BeforeAll
    static void ownPreferences() throws Exception {
        settings = OwnAppSettings.use("dev/cdcarchitect/test-app-start");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        settings.remove();
    }

    @Test
    void theWindowOpensWithTheSeedDesignAndItsDiagram() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CdcArchitectApp.class);
        FxRobot robot = new FxRobot();
        dev.cdcarchitect.ui.FxWait.until(20, () -> robot.lookup(".topology-view").tryQuery().isPresent()
                && robot.lookup(".topology-view").queryAs(TopologyView.class).nodeCount() > 10
                && !robot.lookup(".spec-title").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertEquals("CDC Architect — Untitled — Design 1", stage.getTitle());
        TextArea source = robot.lookup("#sourceArea").queryAs(TextArea.class);
        assertTrue(source.getText().startsWith("PostgreSQL 14, 50TB"), source.getText());
        assertTrue(robot.lookup(".spec-title").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.text.Text) n).getText().contains("PostgreSQL 14")), "seed spec shown");
    }
}
