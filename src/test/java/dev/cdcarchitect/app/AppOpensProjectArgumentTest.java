package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * {@code cdc-architect FILE.cdcarch.json} (what a file manager runs through the .deb's file association) opens the
 * window with that project instead of the example design.
 */
class AppOpensProjectArgumentTest {

    private static OwnAppSettings settings;
    private static javafx.application.Application app;
    private static Path project;

    @BeforeAll
    static void writeAProject() throws Exception {
        settings = OwnAppSettings.use("dev/cdcarchitect/test-app-open-argument");
        project = Files.createTempDirectory("cdc-open-arg").resolve("orders pipeline.cdcarch.json");
        Files.writeString(project, """
                {"formatVersion": 2, "designs": [{"name": "orders", "sourceText": "MariaDB 10.11, 200 GB, 2,000 TPS",
                  "targetText": "Kafka with sinks to S3"}]}
                """);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        settings.remove();
    }

    @Test
    void theLauncherSendsAProjectFileToTheWindowAndSubcommandsToTheCommandLine() {
        assertTrue(Launcher.opensWindow(new String[] {}));
        assertTrue(Launcher.opensWindow(new String[] {"/home/ana/designs/orders.cdcarch.json"}));
        assertTrue(Launcher.opensWindow(new String[] {"C:\\Designs\\Orders.CDCARCH.JSON"}));
        assertFalse(Launcher.opensWindow(new String[] {"design", "--source", "PostgreSQL 14"}));
        assertFalse(Launcher.opensWindow(new String[] {"--help"}));
    }

    @Test
    void theProjectGivenAsArgumentIsOpenedInsteadOfTheExample() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CdcArchitectApp.class, project.toString());
        FxRobot robot = new FxRobot();
        dev.cdcarchitect.ui.FxWait.until(20, () -> robot.lookup("#sourceArea").tryQuery().isPresent()
                && robot.lookup("#sourceArea").queryAs(TextArea.class).getText().startsWith("MariaDB 10.11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kafka with sinks to S3", robot.lookup("#targetArea").queryAs(TextArea.class).getText());
        assertTrue(stage.getTitle().contains("orders pipeline"), stage.getTitle());
    }
}
