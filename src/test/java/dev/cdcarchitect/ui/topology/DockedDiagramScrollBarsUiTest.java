package dev.cdcarchitect.ui.topology;

import static dev.cdcarchitect.ui.topology.DiagramPaneChecks.bar;
import static dev.cdcarchitect.ui.topology.DiagramPaneChecks.whollyVisible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import dev.cdcarchitect.ui.design.DesignOutcome;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: at 1440x900 the seed diagram at the readable zoom (~1,420 px) is wider than the docked pane (~600 px).
 * The pane must show that more diagram exists and how far: a horizontal scroll bar whose thumb is the visible part,
 * which reaches the last sink, follows wheel zoom, dragging and Fit, and keeps the legend readable above it.
 */
class DockedDiagramScrollBarsUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    @Test
    void theDockedPaneScrollsToTheLastSinkAndFollowsZoomDragAndFit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView docked = robot.lookup(".topology-view").queryAs(TopologyView.class);
        assertTrue(docked.zoom() >= docked.readableZoom() - 1e-9, "fit keeps 11 px labels: zoom " + docked.zoom());
        List<TopologyNode> nodes = ((DesignOutcome.Ready) vm.outcome.get()).result().topology().nodes();
        String last = rightmost(docked, nodes);
        assertFalse(whollyVisible(docked, nodes).contains(last), "the seed is wider than the pane: " + last + " starts out of view");

        ScrollBar horizontal = bar(docked, Orientation.HORIZONTAL);
        assertNotNull(horizontal, "the docked pane shows no scroll bar although " + last + " is out of view");
        assertTrue(horizontal.isVisible(), "horizontal bar shown");
        double range = horizontal.getMax() - horizontal.getMin();
        assertTrue(horizontal.getVisibleAmount() < range, "thumb " + horizontal.getVisibleAmount() + " of " + range);
        Node legend = docked.lookup(".diagram-legend");
        assertTrue(legend.getBoundsInParent().getMaxY() <= horizontal.getBoundsInParent().getMinY(), "the legend stays above the bar");

        robot.interact(() -> horizontal.setValue(horizontal.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(whollyVisible(docked, nodes).contains(last), "the bar's end brings " + last + " into the pane");

        robot.interact(docked::fit);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, horizontal.getValue(), 1e-6, "Fit shows the start again and the bar follows");

        double maxBefore = horizontal.getMax();
        robot.interact(() -> docked.zoomAt(1.5, 100, 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(horizontal.getMax() > maxBefore, "zooming in makes the range longer: " + maxBefore + " -> " + horizontal.getMax());
        double afterZoom = horizontal.getValue();
        assertTrue(afterZoom > 0, "zoom at (100, 100) scrolled the diagram's start out of view: " + afterZoom);

        Bounds pane = docked.localToScreen(docked.getBoundsInLocal());
        // Drag on the pane's empty top edge band (nodes start below the margin): the view moves and the bar follows.
        robot.drag(pane.getMinX() + 300, pane.getMinY() + 4).dropTo(new javafx.geometry.Point2D(pane.getMinX() + 200, pane.getMinY() + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterZoom + 100, horizontal.getValue(), 1.0, "a drag 100 px to the left scrolls the bar 100 px");
    }

    /** The node whose box ends furthest right in the diagram: the last sink of the pipeline. */
    private static String rightmost(TopologyView view, List<TopologyNode> nodes) {
        return nodes.stream().max(Comparator.comparingDouble(n -> view.nodeView(n.id()).getBoundsInParent().getMaxX()))
                .orElseThrow().id();
    }
}
