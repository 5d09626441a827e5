package dev.cdcarchitect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window remembers its size and divider positions. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    private final Preferences node = Preferences.userRoot().node("dev/cdcarchitect/test-window-" + System.nanoTime());
    private Stage stage;
    private SplitPane split;

    /**
     * A stage of its own, closed afterwards: TestFX shares its primary stage across test classes, and resizing it
     * here left later classes' windows at this size (controls off screen) with Monocle's painter broken.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        split = new SplitPane(new Pane(), new Pane(), new Pane());
        stage.setScene(new Scene(split, 800, 600));
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        robot.interact(stage::close);
        node.removeNode();
    }

    private WindowState.Values captured(FxRobot robot) {
        WindowState.Values[] values = new WindowState.Values[1];
        robot.interact(() -> values[0] = WindowState.capture(stage, split));
        return values[0];
    }

    @Test
    void sizeAndDividersSurviveARestart(FxRobot robot) {
        WindowState state = new WindowState(node);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            split.setDividerPositions(0.3, 0.7);
        });
        state.store(captured(robot));
        robot.interact(() -> {
            stage.setWidth(500);
            stage.setHeight(400);
            split.setDividerPositions(0.5, 0.6);
        });
        WindowState.Values loaded = new WindowState(node).load(); // a fresh reader, as after a restart
        robot.interact(() -> WindowState.apply(loaded, stage, split));
        assertEquals(1000, stage.getWidth(), 1);
        assertEquals(700, stage.getHeight(), 1);
        assertEquals(0.3, split.getDividerPositions()[0], 0.01);
        assertEquals(0.7, split.getDividerPositions()[1], 0.01);
    }
}
