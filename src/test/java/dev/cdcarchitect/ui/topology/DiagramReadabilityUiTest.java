package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram in the real window at 1440×900 (headless): readable labels, full names, re-fit, selection, zoom. */
class DiagramReadabilityUiTest extends SeedWorkbenchUiTest {

    private static final String FIVE_SINKS = "Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3 and Redis";

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    private TopologyView diagram(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".topology-view").queryAs(TopologyView.class);
    }

    private DesignOutcome.Ready ready() {
        return (DesignOutcome.Ready) vm.outcome.get();
    }

    /** Every text of every node at least 11 px on screen, every name whole and inside its box. */
    private void assertReadable(FxRobot robot, TopologyView diagram) {
        robot.interact(() -> window.controller().fit());
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = diagram.zoom();
        for (TopologyNode node : ready().result().topology().nodes()) {
            StackPane view = diagram.nodeView(node.id());
            for (Text text : view.lookupAll("Text").stream().map(Text.class::cast).toList()) {
                double onScreen = text.getFont().getSize() * zoom;
                assertTrue(onScreen >= 11 - 1e-9, node.id() + " '" + text.getText() + "' is " + onScreen + " px on screen");
            }
            Text title = (Text) view.lookup(".node-title");
            assertEquals(node.label(), title.getText().replace("\n", ""), "the full name of " + node.id());
            for (String line : title.getText().split("\n")) {
                assertTrue(line.length() > 2 || line.equals(title.getText()), node.id() + " broken inside a word: " + title.getText());
            }
            double content = view.getPadding().getTop() + view.getPadding().getBottom() + 6
                    + view.getChildren().get(0).prefHeight(-1);
            assertTrue(content <= view.getHeight() + 0.5, node.id() + " needs " + content + " px, its box is " + view.getHeight());
            double inner = view.getWidth() - view.getPadding().getLeft() - view.getPadding().getRight();
            assertTrue(title.getLayoutBounds().getWidth() <= inner + 0.5, node.id() + " name wider than its box");
        }
    }

    @Test
    void theSeedIsReadableAfterFit(FxRobot robot) throws Exception {
        assertReadable(robot, diagram(robot));
    }

    @Test
    void fiveSinksWithTheLlmPaneOpenStayReadable(FxRobot robot) throws Exception {
        TopologyView diagram = diagram(robot);
        robot.interact(() -> vm.targetText.set(FIVE_SINKS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready r
                && r.result().topology().nodes().stream().anyMatch(n -> n.id().contains("redis")));
        robot.clickOn("#llmEngineButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(robot, diagram);
    }

    @Test
    void resizingThePaneFitsAgain(FxRobot robot) throws Exception {
        TopologyView diagram = diagram(robot);
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(() -> window.controller().fit());
        Point2D small = placement(diagram);
        robot.interact(() -> {
            stage.setWidth(1900);
            stage.setHeight(1180);
            window.controller().split().setDividerPositions(0, 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D resized = placement(diagram);
        double resizedZoom = diagram.zoom();
        assertNotEquals(small, resized, "the larger pane places the diagram anew without pressing Fit");
        robot.interact(() -> window.controller().fit());
        assertEquals(resized, placement(diagram), "the re-fit is the fit");
        assertEquals(resizedZoom, diagram.zoom(), 1e-9);
    }

    /** Where the diagram's origin is drawn in its pane. */
    private static Point2D placement(TopologyView diagram) {
        return diagram.sceneToLocal(diagram.getChildrenUnmodifiable().get(0).localToScene(0, 0));
    }

    @Test
    void escapeAndAClickOnEmptySpaceClearTheSelection(FxRobot robot) throws Exception {
        TopologyView diagram = diagram(robot);
        StackPane hot = diagram.nodeView("topic-hot");
        robot.interact(() -> hot.fireEvent(DiagramClicks.click()));
        assertEquals("topic-hot", vm.selectedNode.get());
        assertTrue(hot.getStyleClass().contains("node-selected"));

        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.selectedNode.get());
        assertTrue(vm.highlightedDecisions.isEmpty(), "the decisions it highlighted are released");
        assertTrue(!hot.getStyleClass().contains("node-selected"));

        robot.interact(() -> hot.fireEvent(DiagramClicks.click()));
        assertEquals("topic-hot", vm.selectedNode.get());
        robot.interact(() -> diagram.fireEvent(DiagramClicks.click()));
        assertNull(vm.selectedNode.get(), "a click on empty space clears it too");
    }

    @Test
    void theWheelZoomsAtTheCursor(FxRobot robot) throws Exception {
        TopologyView diagram = diagram(robot);
        robot.interact(() -> window.controller().fit());
        Point2D cursor = new Point2D(diagram.getWidth() * 0.8, diagram.getHeight() * 0.3);
        double before = diagram.zoom();
        javafx.scene.Node content = diagram.getChildrenUnmodifiable().get(0);
        Point2D underCursor = content.sceneToLocal(diagram.localToScene(cursor));
        robot.moveTo(diagram.localToScreen(cursor)).scroll(javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, diagram.zoom(), 1e-9);
        Point2D after = diagram.sceneToLocal(content.localToScene(underCursor));
        assertEquals(cursor.getX(), after.getX(), 1.0, "the point under the cursor stays under it");
        assertEquals(cursor.getY(), after.getY(), 1.0);
    }

}
