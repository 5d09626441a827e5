package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.spec.SpecListView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new design reaches the spec and the diagram together, so one layout pass and one paint show both: drawn a frame
 * apart, the spec's frame waited for the diagram's paint and the redraw took a frame longer (decision 0022).
 */
class RedrawInOneFrameUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    @Test
    void theSpecAndTheDiagramShowTheNewDesignBeforeTheNextFrame(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new ArrayList<>();
        robot.interact(() -> vm.outcome.addListener((obs, old, now) -> {
            // Runs right after the window's own listener, in the same event as the new outcome: no frame between.
            if (!(now instanceof DesignOutcome.Ready ready)) return;
            SpecListView spec = robot.lookup(".spec-list").queryAs(SpecListView.class);
            boolean specShown = spec.getItems().equals(dev.cdcarchitect.ui.spec.SpecRenderer.items(ready.result().spec()));
            seen.add(specShown + " " + (window.controller().drawnOutcome().get() == ready));
        }));
        robot.interact(() -> vm.sourceText.set(vm.sourceText.get() + " Peaks of 60k TPS."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertEquals("true true", seen.get(0), "spec shown / drawn with the outcome, before any frame");
    }
}
