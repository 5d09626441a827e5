package dev.cdcarchitect.ui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.impact.ChangeKind;
import dev.cdcarchitect.ui.SeedWorkbenchUiTest;
import dev.cdcarchitect.ui.design.DesignOutcome;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The impact panel in the real window, headless, on the seed design: opened and closed from the keyboard. */
class ImpactPanelUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1440);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        dev.cdcarchitect.ui.FxWait.until(10, condition);
    }

    private List<String> texts(FxRobot robot, String parent) {
        VBox box = robot.lookup(parent).queryAs(VBox.class);
        return box.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void ctrlIOpensThePanelAWideningOnOrdersShowsFindingsAndRunbookAndEscCloses(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        ImpactController impact = window.controller().impact();
        ToggleButton toggle = robot.lookup("#impactToggle").queryAs(ToggleButton.class);
        assertNull(impact.pane().getScene(), "closed at start");

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> impact.pane().getScene() != null);
        assertTrue(toggle.isSelected());
        ComboBox<?> picker = robot.lookup("#kindPicker").queryAs(ComboBox.class);
        waitUntil(picker::isFocused);

        robot.clickOn(picker);
        robot.clickOn(ChangeKind.WIDEN_TYPE.label());
        robot.clickOn("#tableField").write("orders");
        robot.clickOn("#columnField").write("qty");
        robot.clickOn("#fromField").write("int");
        robot.clickOn("#toField").write("bigint");
        waitUntil(() -> impact.viewModel().report.get() != null && impact.viewModel().report.get().change().to().written().equals("bigint"));
        assertEquals("change orders.qty from int to bigint", robot.lookup("#phraseField").queryTextInputControl().getText());

        Label verdict = robot.lookup("#impactVerdict").queryAs(Label.class);
        assertTrue(verdict.getStyleClass().stream().anyMatch(c -> c.startsWith("severity-")), verdict.getStyleClass().toString());
        List<String> headings = texts(robot, "#impactFindings");
        assertTrue(headings.containsAll(List.of("Source connector", "Schema registry", "Sinks", "Consumers")), headings.toString());
        Node sinkFinding = robot.lookup("#impactFindings .impact-finding").queryAll().stream()
                .filter(n -> n.getAccessibleText().contains("app-snowflake-sink")).findFirst().orElseThrow();
        assertFalse(sinkFinding.lookupAll(".hyperlink").isEmpty(), "each finding links its documentation");
        assertTrue(sinkFinding.lookupAll(".impact-fix").stream().anyMatch(n -> ((Label) n).getText().startsWith("What to do: ")));
        assertFalse(robot.lookup("#impactSchemas").queryAs(TitledPane.class).isExpanded(), "the schemas start collapsed");
        List<String> steps = texts(robot, "#runbookBox");
        assertTrue(steps.size() >= 2 && steps.get(0).startsWith("1. ") && steps.get(1).startsWith("2. "), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.contains("ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint")), steps.toString());

        ScrollPane report = robot.lookup(".impact-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> report.setVvalue(report.getVmax())); // the runbook follows the findings, as a user scrolls to it
        robot.clickOn("#copyRunbookButton");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(impact.viewModel().runbookText(), copied);
        assertTrue(copied.startsWith("1. "), copied);

        robot.clickOn("#phraseField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> impact.pane().getScene() == null);
        assertFalse(toggle.isSelected());
    }

    @Test
    void aChangeItCannotReadIsSaidInThePanel(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        robot.clickOn("#impactToggle");
        robot.clickOn("#phraseField").write("make orders faster");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(message::isVisible);
        assertTrue(message.getText().startsWith("'make orders faster' is not a change this simulator reads."), message.getText());
        assertTrue(robot.lookup("#reportBox").queryAs(VBox.class).getChildren().isEmpty());
        robot.clickOn("#impactToggle");
        waitUntil(() -> window.controller().impact().pane().getScene() == null);
    }
}
