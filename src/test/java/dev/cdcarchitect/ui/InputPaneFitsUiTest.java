package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1440x900, the window's default size, the input pane's content fits its viewport: the form and the what-if
 * sliders are not cut at the right edge (the pane has no horizontal scroll bar, so anything wider is lost).
 */
class InputPaneFitsUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    @Test
    void theInputPaneContentIsNoWiderThanItsViewport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(n -> n instanceof ScrollPane s && s.getContent() != null && s.getContent().lookup("#rateFactorSlider") != null)
                        .queryAs(ScrollPane.class);
        Bounds viewport = scroll.getViewportBounds();
        double content = scroll.getContent().getLayoutBounds().getWidth();
        assertTrue(content <= viewport.getWidth() + 0.5, "input content " + content + " px in a viewport of " + viewport.getWidth() + " px");
        // The slider's right end is inside the visible part of the pane, not clipped away.
        Node slider = robot.lookup("#rateFactorSlider").query();
        Bounds sliderInScroll = scroll.sceneToLocal(slider.localToScene(slider.getLayoutBounds()));
        assertTrue(sliderInScroll.getMaxX() <= scroll.getWidth(), "slider ends at " + sliderInScroll.getMaxX() + " of " + scroll.getWidth());
    }
}
