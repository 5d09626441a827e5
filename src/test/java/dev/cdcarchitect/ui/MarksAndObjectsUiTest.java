package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.design.DesignOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.marks.ExampleTexts;
import dev.cdcarchitect.ui.marks.MarkOverlay;
import dev.cdcarchitect.ui.marks.TextMark;
import dev.cdcarchitect.ui.objects.ObjectRow;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the issue's example gets its marks, tooltips and named-objects table. */
@ExtendWith(ApplicationExtension.class)
class MarksAndObjectsUiTest {

    private WorkbenchViewModel vm;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(Duration.millis(50)), new DesignService());
        window = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1400, 900);
        stage.setScene(window.scene());
        stage.sizeToScene(); // TestFX reuses one stage across test classes: no earlier class's size carries over
        stage.show();
        vm.sourceText.set(ExampleTexts.SOURCE);
        vm.targetText.set(ExampleTexts.TARGET);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    /** The condition reads controls and their lists, so it runs on the FX thread (never beside an update of them). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        dev.cdcarchitect.ui.FxWait.until(10, condition);
    }

    private static MarkOverlay overlay(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(MarkOverlay.class);
    }

    private static MarkOverlay.Segment segment(MarkOverlay overlay, String text, String words) {
        return overlay.segments().stream().filter(s -> text.substring(s.mark().start(), s.mark().end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no mark drawn on '" + words + "'"));
    }

    @Test
    void recognisedAndNotUnderstoodWordsAreMarkedUnderTheirCharacters(FxRobot robot) throws Exception {
        MarkOverlay source = overlay(robot, "sourceMarks");
        waitUntil(() -> !robot.lookup("#sourceMarks .mark-not-understood").queryAll().isEmpty());
        assertTrue(robot.lookup("#sourceMarks .mark-recognised").queryAll().size() >= 10);
        assertFalse(robot.lookup("#targetMarks .mark-recognised").queryAll().isEmpty());
        assertTrue(robot.lookup("#targetMarks .mark-not-understood").queryAll().isEmpty());

        // The underline lies inside the text area, below and as wide as the characters it marks.
        TextArea area = robot.lookup("#sourceArea").queryAs(TextArea.class);
        var skin = (javafx.scene.control.skin.TextAreaSkin) area.getSkin();
        MarkOverlay.Segment mysql = segment(source, ExampleTexts.SOURCE, "MySQL");
        Rectangle2D first = skin.getCharacterBounds(0);
        Rectangle2D last = skin.getCharacterBounds(4);
        assertEquals(last.getMaxX() - first.getMinX(), mysql.box().getWidth(), 0.5);
        Bounds areaInOverlay = source.sceneToLocal(area.localToScene(area.getLayoutBounds()));
        assertTrue(areaInOverlay.contains(mysql.box().getMinX(), mysql.box().getMaxY()), mysql.box() + " in " + areaInOverlay);
        assertTrue(mysql.box().getMinX() > areaInOverlay.getMinX() + 2, "inside the text's padding");
    }

    @Test
    void marksScrollWithTheText(FxRobot robot) throws Exception {
        String longer = ExampleTexts.SOURCE + "\n\n\n\n\n\n\n\n\nMore notes follow.";
        robot.interact(() -> vm.sourceText.set(longer));
        MarkOverlay source = overlay(robot, "sourceMarks");
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready r && r.result().input().sourceText().equals(longer)
                && !source.segments().isEmpty());
        double before = segment(source, longer, "MySQL").box().getMinY();
        TextArea area = robot.lookup("#sourceArea").queryAs(TextArea.class);
        robot.interact(() -> area.setScrollTop(30));
        WaitForAsyncUtils.waitForFxEvents();
        double scrolled = area.getScrollTop();
        assertTrue(scrolled > 10, "the text scrolls: " + scrolled);
        assertEquals(before - scrolled, segment(source, longer, "MySQL").box().getMinY(), 0.5);
        var skin = (javafx.scene.control.skin.TextAreaSkin) area.getSkin();
        Bounds view = area.lookup(".viewport").getLayoutBounds();
        Point2D viewOrigin = source.sceneToLocal(area.lookup(".viewport").localToScene(view.getMinX(), view.getMinY()));
        assertEquals(skin.getCharacterBounds(0).getMinY() + viewOrigin.getY(), segment(source, longer, "MySQL").box().getMinY(), 0.5,
                "still under the characters");
    }

    @Test
    void hoveringAMarkShowsItsFactOrSuggestion(FxRobot robot) throws Exception {
        MarkOverlay source = overlay(robot, "sourceMarks");
        waitUntil(() -> !robot.lookup("#sourceMarks .mark-not-understood").queryAll().isEmpty());
        var tooltip = window.controller().markTooltip(true).tooltip();

        robot.moveTo(centre(source, segment(source, ExampleTexts.SOURCE, "Peak 8,000 row changes/s")));
        waitUntil(tooltip::isShowing);
        assertEquals("peak change rate: 8,000 changes/s", tooltip.getText());

        robot.moveTo(centre(source, segment(source, ExampleTexts.SOURCE, "WAL generation 200 GB/day")));
        waitUntil(() -> tooltip.getText().startsWith("Not understood: "));
        assertTrue(tooltip.isShowing());

        robot.moveTo(robot.lookup("#specList").queryAs(javafx.scene.Node.class));
        waitUntil(() -> !tooltip.isShowing());
    }

    @Test
    void theNamedObjectsTableListsTheObjectsAndWritesAToggleBackToTheText(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ObjectRow> table = robot.lookup("#objectsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 9);
        assertEquals("sensitive", table.getItems().stream().filter(r -> r.name().equals("customers.ssn")).findFirst().orElseThrow().roles());

        ObjectRow audit = table.getItems().stream().filter(r -> r.name().equals("audit_log")).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(audit));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox box = robot.lookup("#objectsTable .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getAccessibleText() != null && b.getAccessibleText().endsWith("(audit_log)")).findFirst().orElseThrow();
        assertFalse(box.isDisabled());
        robot.clickOn(box);
        assertEquals(ExampleTexts.SOURCE + " Skip the table audit_log.", vm.sourceText.get());
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("audit_log") && r.checked()));
        assertEquals("excluded, no primary key", table.getItems().stream().filter(r -> r.name().equals("audit_log"))
                .findFirst().orElseThrow().roles());
        assertEquals(ExampleTexts.SOURCE + " Skip the table audit_log.", robot.lookup("#sourceArea").queryAs(TextArea.class).getText());
    }

    @Test
    void renamingInTheTableReplacesOnlyTheNameInTheText(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ObjectRow> table = robot.lookup("#objectsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 9);
        javafx.scene.Node cell = robot.lookup("#objectsTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "orders".equals(c.getItem())).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        javafx.scene.control.TextField editor = robot.lookup("#objectsTable .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> editor.setText("orders_v2"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(ExampleTexts.SOURCE.replace("tables orders,", "tables orders_v2,"), vm.sourceText.get());
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals("orders_v2")));
        assertTrue(table.getItems().stream().noneMatch(r -> r.name().equals("orders")));
    }

    /** A screen point in the middle of a drawn mark. */
    private static Point2D centre(MarkOverlay overlay, MarkOverlay.Segment s) {
        Rectangle2D b = s.box();
        return overlay.localToScreen(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }
}
