package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window stops every worker thread the window used: the application owns them, not the views. */
class AppShutsDownItsWorkersTest {

    private static final List<String> WORKERS = List.of("design-worker", "export-worker", "llm-worker", "project-io", "autosave");

    private static OwnAppSettings settings;

    @BeforeAll
    static void ownPreferences() throws Exception {
        settings = OwnAppSettings.use("dev/cdcarchitect/test-app-workers");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        settings.remove();
    }

    @Test
    void afterTheWindowClosesNoWorkerThreadIsLeft() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.application.Application app = FxToolkit.setupApplication(CdcArchitectApp.class);
        FxRobot robot = new FxRobot();
        dev.cdcarchitect.ui.FxWait.until(20, () -> robot.lookup(".topology-view").tryQuery().isPresent()
                && robot.lookup(".topology-view").queryAs(TopologyView.class).nodeCount() > 10);
        // Choosing the LLM reads the keychain on the LLM worker: every kind of worker has run something by now.
        robot.clickOn("#llmEngineButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workerThreads().isEmpty() && workerThreads().contains("llm-worker"));

        FxToolkit.cleanupApplication(app); // calls stop(), as closing the window does
        WaitForAsyncUtils.waitForFxEvents();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!workerThreads().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(List.of(), workerThreads(), "worker threads still alive after the window closed");
    }

    private static List<String> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(WORKERS::contains).sorted().toList();
    }
}
