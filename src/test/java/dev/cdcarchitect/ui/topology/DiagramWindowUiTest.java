package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.topology.GroupAssignments;
import dev.cdcarchitect.topology.RangeAssignment;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram in its own window (button, Ctrl+Shift+D, Esc back) and consumer-group members drawn with their partitions. */
class DiagramWindowUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    private TopologyView docked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".topology-view").queryAs(TopologyView.class);
    }

    @Test
    void theButtonOpensTheSameDiagramInItsOwnWindowThatFollowsTheDesignAndEscReturns(FxRobot robot) throws Exception {
        TopologyView docked = docked(robot);
        Button open = robot.lookup(".diagram-open-window").queryAs(Button.class);
        robot.clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView detached = docked.windowView();
        assertNotNull(detached, "the button opened the diagram window");
        Stage own = (Stage) detached.getScene().getWindow();
        assertTrue(own.isShowing() && own.isResizable());
        assertEquals(DiagramWindow.TITLE, own.getTitle());
        assertEquals(docked.nodeCount(), detached.nodeCount());
        assertTrue(detached.getWidth() >= 1400, "the window takes the workbench's size, not the pane's: " + detached.getWidth());

        // Same selection both ways.
        robot.interact(() -> detached.nodeView("topic-hot").fireEvent(DiagramClicks.click()));
        assertEquals("topic-hot", vm.selectedNode.get(), "a click in the window selects in the workbench");
        assertTrue(docked.nodeView("topic-hot").getStyleClass().contains("node-selected"));
        robot.interact(() -> docked.nodeView("source").fireEvent(DiagramClicks.click()));
        assertTrue(detached.nodeView("source").getStyleClass().contains("node-selected"), "a click in the workbench selects in the window");
        assertTrue(!detached.nodeView("topic-hot").getStyleClass().contains("node-selected"));

        // Live: an edit of the design redraws the window too.
        robot.interact(() -> vm.targetText.set("Kafka with sinks to Snowflake, Elasticsearch and Redis"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready r
                && r.result().topology().nodes().stream().anyMatch(n -> n.id().contains("redis")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(docked.nodeCount(), detached.nodeCount());
        List<String> redis = ((DesignOutcome.Ready) vm.outcome.get()).result().topology().nodes().stream()
                .map(n -> n.id()).filter(id -> id.contains("redis")).toList();
        assertTrue(!redis.isEmpty());
        for (String id : redis) assertNotNull(detached.nodeView(id), id + " arrived in the window");

        robot.interact(detached::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!own.isShowing(), "Esc closes the diagram window");
        assertNull(docked.windowView());
        assertEquals(stage, robot.targetWindow(), "back in the workbench");
    }

    @Test
    void ctrlShiftDOpensItFromTheWorkbench(FxRobot robot) throws Exception {
        TopologyView docked = docked(robot);
        robot.interact(() -> window.controller().split().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(docked.windowView(), "Ctrl+Shift+D opened the diagram window");
        robot.interact(() -> ((Stage) docked.windowView().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(docked.windowView());
    }

    @Test
    void eachConsumerGroupDrawsItsMembersWithThePartitionsTheRangeAssignorGivesThem(FxRobot robot) throws Exception {
        TopologyView docked = docked(robot);
        var topology = ((DesignOutcome.Ready) vm.outcome.get()).result().topology();
        List<RangeAssignment.Member> members = GroupAssignments.of(topology).get("group-app-snowflake-sink");
        assertEquals(6, members.size(), "the seed's sinks run 6 tasks");
        var rows = docked.nodeView("group-app-snowflake-sink").lookup(".member-rows");
        assertNotNull(rows, "the group's box draws its members");
        List<String> texts = rows.lookupAll("Text").stream().map(n -> ((Text) n).getText()).toList();
        assertTrue(texts.containsAll(List.of("member 1", "member 6")), texts.toString());
        // The seed: 6 partitions of the hot topic and 49 one-partition topics; range gives member 1 all 49 of those.
        assertEquals(50, members.get(0).partitions());
        assertTrue(texts.contains("+" + (50 - MemberRows.MAX_CELLS)), "member 1's 50 partitions: the cells shown and the rest counted " + texts);
        String tip = javafx.scene.control.Tooltip.class.cast(docked.nodeView("group-app-snowflake-sink").getProperties().values().stream()
                .filter(javafx.scene.control.Tooltip.class::isInstance).findFirst().orElseThrow()).getText();
        assertTrue(tip.contains("member 2: p1 of app.public.orders"), tip);
    }

}
