package dev.cdcarchitect.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.compare.MultiComparison;
import dev.cdcarchitect.project.ProjectDesign;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, the Compare window: the baseline is chosen and named, the input texts are shown in full with their
 * differing words marked, every changed decision has values, and sections are labelled rather than numbered per line.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowUiTest {

    private static final String SOURCE = "MySQL 8.0 on RDS (binlog_format=ROW, GTID mode on), 2 TB across 200 tables, peak %s TPS on the"
            + " orders and order_lines tables with a heavy update share, every table keyed by a surrogate BIGINT primary key.";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.sizeToScene(); // TestFX reuses one stage across test classes: no earlier class's size carries over
        stage.show();
    }

    /** Conditions read controls and lists: evaluated on the FX thread (FxWait). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        dev.cdcarchitect.ui.FxWait.until(20, condition);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBaselineIsChosenAndDifferencesAreShownWithTheirValues(FxRobot robot) throws Exception {
        List<ProjectDesign> designs = List.of(ProjectDesign.of("peak 50k", String.format(SOURCE, "50k"), "Kafka to Snowflake"),
                ProjectDesign.of("original 3k", String.format(SOURCE, "3k"), "Kafka to Snowflake"));
        robot.interact(() -> CompareWindow.open(stage, designs, 1));
        waitUntil(() -> robot.lookup("#compareMetrics").tryQuery().isPresent());

        ChoiceBox<String> baseline = robot.lookup("#compareBaseline").queryAs(ChoiceBox.class);
        assertEquals("original 3k", baseline.getValue(), "the baseline is the one asked for, and named");
        TableView<MultiComparison.Row> metrics = robot.lookup("#compareMetrics").queryAs(TableView.class);
        assertEquals("original 3k (baseline)", metrics.getColumns().get(1).getText());

        // The whole source text is there, wrapped, and the one differing word is marked on each side.
        List<Text> texts = robot.lookup(".compare-input").queryAllAs(javafx.scene.text.TextFlow.class).stream()
                .flatMap(f -> f.getChildren().stream()).map(Text.class::cast).toList();
        String all = texts.stream().map(Text::getText).reduce("", String::concat);
        assertTrue(all.contains(String.format(SOURCE, "3k")) && all.contains(String.format(SOURCE, "50k")), all);
        List<String> marked = texts.stream().filter(t -> t.getStyleClass().contains("differing-words")).map(Text::getText).toList();
        assertEquals(List.of("3k", "50k"), marked);

        ListView<ChangeLines.Line> changes = robot.lookup("#compareChanges").queryAs(ListView.class);
        assertTrue(changes.getItems().stream().noneMatch(l -> l.text().matches("^\\d\\. .*")), changes.getItems().toString());
        assertTrue(changes.getItems().stream().anyMatch(l -> l.text().equals("“h (530.8 GB”  →  “h (8,847.4 GB”")),
                "arrows read from the 3k baseline: " + changes.getItems());

        robot.interact(() -> baseline.setValue("peak 50k"));
        ListView<ChangeLines.Line> flipped = robot.lookup("#compareChanges").queryAs(ListView.class);
        assertTrue(flipped.getItems().stream().anyMatch(l -> l.text().equals("“h (8,847.4 GB”  →  “h (530.8 GB”")), flipped.getItems().toString());
        TableView<MultiComparison.Row> again = robot.lookup("#compareMetrics").queryAs(TableView.class);
        assertEquals("peak 50k (baseline)", again.getColumns().get(1).getText());
        assertTrue(((Stage) again.getScene().getWindow()).getTitle().contains("baseline: peak 50k"));
        robot.interact(() -> ((Stage) again.getScene().getWindow()).close());
    }
}
