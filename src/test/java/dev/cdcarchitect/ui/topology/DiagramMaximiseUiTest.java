package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.ui.FxWait;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import dev.cdcarchitect.ui.WindowState;
import dev.cdcarchitect.ui.design.DesignOutcome;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: at the readable zoom the seed pipeline is more than twice as wide as its docked pane. Maximise (the
 * button over the diagram, Ctrl+Shift+M) gives the pane the window's width and fits it there, so the whole pipeline
 * is on screen with every label at 11 px or more; Restore, Esc or the shortcut give the three panes back as they were.
 */
class DiagramMaximiseUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    private TopologyView diagram(FxRobot robot) throws Exception {
        FxWait.until(10, () -> vm.outcome.get() instanceof DesignOutcome.Ready && window.controller().drawnOutcome().get() == vm.outcome.get());
        robot.interact(() -> window.controller().fit());
        return window.controller().topologyView();
    }

    private List<TopologyNode> nodes() {
        return ((DesignOutcome.Ready) vm.outcome.get()).result().topology().nodes();
    }

    /** The nodes whose whole box is inside the diagram pane on screen. */
    private List<String> shown(FxRobot robot, TopologyView view) {
        AtomicReference<List<String>> ids = new AtomicReference<>();
        robot.interact(() -> {
            Bounds pane = view.localToScreen(view.getBoundsInLocal());
            ids.set(nodes().stream().map(TopologyNode::id).filter(id -> {
                Node node = view.nodeView(id);
                return node != null && pane.contains(node.localToScreen(node.getBoundsInLocal()));
            }).toList());
        });
        return ids.get();
    }

    private double[] dividers(FxRobot robot) {
        AtomicReference<double[]> at = new AtomicReference<>();
        robot.interact(() -> at.set(window.controller().dividerPositions()));
        return at.get();
    }

    @Test
    void maximiseShowsTheWholePipelineReadablyAndRestoreGivesThePanesBack(FxRobot robot) throws Exception {
        TopologyView view = diagram(robot);
        double[] before = dividers(robot);
        int all = nodes().size();
        assertTrue(shown(robot, view).size() < all, "docked, the readable seed diagram does not fit its pane (else this test proves nothing)");

        ToggleButton maximise = robot.lookup(".diagram-maximise").queryAs(ToggleButton.class);
        assertEquals("Maximise", maximise.getText());
        robot.clickOn(maximise);
        FxWait.until(5, () -> window.controller().split().getItems().size() == 1 && view.getWidth() > 1400);
        assertEquals("Restore", maximise.getText());
        assertEquals(all, shown(robot, view).size(), "every node of the pipeline is on screen: " + shown(robot, view));
        assertTrue(view.zoom() >= view.readableZoom() - 1e-9, "labels stay at 11 px or more: zoom " + view.zoom());
        assertArrayEquals(before, dividers(robot), 1e-9, "the window remembers the usual dividers, not the maximised layout");

        robot.clickOn(maximise);
        FxWait.until(5, () -> window.controller().split().getItems().size() == 3);
        assertArrayEquals(before, dividers(robot), 0.01, "the panes come back where they were");
        assertTrue(shown(robot, view).size() < all, "fitted again to the docked pane");
    }

    @Test
    void theShortcutTogglesAndEscRestores(FxRobot robot) throws Exception {
        TopologyView view = diagram(robot);
        robot.interact(view::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(5, () -> window.controller().diagramMaximised());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(5, () -> !window.controller().diagramMaximised() && window.controller().split().getItems().size() == 3);

        robot.interact(() -> window.controller().maximiseDiagram(true));
        robot.interact(() -> view.nodeView("source").fireEvent(DiagramClicks.click()));
        assertEquals("source", vm.selectedNode.get());
        robot.interact(view::requestFocus);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(5, () -> window.controller().split().getItems().size() == 3);
        assertFalse(window.controller().diagramMaximised(), "Esc restores the panes, as it closes the diagram window");
    }

    @Test
    void theHiddenPanesFollowTheDesignAndOpeningAPaneBesideTheSpecRestores(FxRobot robot) throws Exception {
        diagram(robot);
        robot.interact(() -> window.controller().maximiseDiagram(true));
        robot.interact(() -> vm.sourceText.set("MySQL 8.0, 2 TB, 3,000 TPS"));
        FxWait.until(10, () -> vm.outcome.get() instanceof DesignOutcome.Ready r && r.result().spec().title().startsWith("MySQL")
                && window.controller().drawnOutcome().get() == vm.outcome.get());

        // The impact panel opens beside the spec, so the spec comes back first.
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        FxWait.until(5, () -> window.controller().split().getItems().size() == 3 && window.controller().impact().openProperty().get());
        FxWait.until(5, () -> robot.lookup(".spec-title").queryAll().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().startsWith("MySQL") && n.getScene() != null));
        WindowState.Values values = WindowState.capture(stage, window.controller().dividerPositions());
        assertTrue(values.divider0() > 0 && values.divider0() < values.divider1());
    }
}
