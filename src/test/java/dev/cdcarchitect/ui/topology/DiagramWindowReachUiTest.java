package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import dev.cdcarchitect.ui.design.DesignOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static dev.cdcarchitect.ui.topology.DiagramPaneChecks.bar;
import static dev.cdcarchitect.ui.topology.DiagramPaneChecks.whollyVisible;

/**
 * Issue 16: with five sinks the diagram window at 1440x900 is taller than the window at the readable zoom (labels at
 * 11 px). Every node must still be reachable and readable there: scroll bars move the view, and each node can be
 * brought wholly into the visible part (not under a scroll bar or the legend) without zooming below 11 px labels.
 */
class DiagramWindowReachUiTest extends SeedWorkbenchUiTest {

    private static final String FIVE_SINKS = "Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3 and Redis";

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    @Test
    void everyNodeOfFiveSinksCanBeScrolledIntoViewAtAReadableZoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready);
        robot.interact(() -> vm.targetText.set(FIVE_SINKS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready r
                && r.result().topology().nodes().stream().anyMatch(n -> n.id().contains("redis")));
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView docked = robot.lookup(".topology-view").queryAs(TopologyView.class);
        robot.interact(docked::openInWindow);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView view = docked.windowView();
        assertNotNull(view);
        assertTrue(view.getHeight() <= 900 && view.getWidth() >= 1400, "the window at the workbench's 1440x900: " + view.getWidth() + "x" + view.getHeight());
        assertTrue(view.zoom() >= view.readableZoom() - 1e-9, "labels at 11 px or more: zoom " + view.zoom());
        List<TopologyNode> nodes = ((DesignOutcome.Ready) vm.outcome.get()).result().topology().nodes();

        Set<String> seen = new LinkedHashSet<>(whollyVisible(view, nodes));
        Set<String> cut = new LinkedHashSet<>();
        for (TopologyNode n : nodes) if (!seen.contains(n.id())) cut.add(n.id());
        assertFalse(cut.isEmpty(), "five sinks are taller than 900 px at 11 px labels: some nodes start out of view");

        ScrollBar vertical = bar(view, Orientation.VERTICAL);
        assertNotNull(vertical, "nodes " + cut + " are cut at the bottom and the window has no vertical scroll bar to reach them");
        assertTrue(vertical.isVisible());
        ScrollBar horizontal = bar(view, Orientation.HORIZONTAL);
        List<Double> xs = horizontal != null && horizontal.isVisible() ? steps(horizontal) : List.of(0.0);
        for (double v : steps(vertical)) {
            for (double h : xs) {
                robot.interact(() -> {
                    vertical.setValue(v);
                    if (horizontal != null && horizontal.isVisible()) horizontal.setValue(h);
                });
                WaitForAsyncUtils.waitForFxEvents();
                seen.addAll(whollyVisible(view, nodes));
            }
        }
        List<String> never = new ArrayList<>();
        for (TopologyNode n : nodes) if (!seen.contains(n.id())) never.add(n.id());
        assertTrue(never.isEmpty(), "never wholly in view, whatever the scroll bars show: " + never);
        assertTrue(view.zoom() >= view.readableZoom() - 1e-9, "scrolling kept the readable zoom");
    }

    /** From the start to the end of the bar, by half a view at a time. */
    private static List<Double> steps(ScrollBar bar) {
        List<Double> values = new ArrayList<>();
        double step = Math.max(1, bar.getVisibleAmount() / 2);
        for (double v = bar.getMin(); v < bar.getMax(); v += step) values.add(v);
        values.add(bar.getMax());
        return values;
    }
}
