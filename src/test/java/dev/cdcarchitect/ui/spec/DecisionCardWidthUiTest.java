package dev.cdcarchitect.ui.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A decision card keeps to the spec pane's width whatever its references are called: a long reference title
 * ("Amazon RDS for Oracle: granting SELECT or EXECUTE privileges to SYS objects (...)") wraps in its own line
 * instead of widening the card, which cut the card's statement and warnings at the pane's edge.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionCardWidthUiTest {

    private static final double PANE = 360;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aLongReferenceTitleWrapsInsideTheCard(FxRobot robot) {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design("Oracle 19c on Amazon RDS, 2 TB, 1k TPS", "Kafka to Snowflake");
        Decision longest = design.spec().decisions().stream()
                .max(Comparator.comparingInt(d -> d.references().stream().mapToInt(r -> r.title().length()).max().orElse(0))).orElseThrow();
        assertTrue(longest.references().stream().anyMatch(r -> r.title().length() > 80), "a long title to lay out: " + longest.references());
        AtomicReference<Region> card = new AtomicReference<>();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            VBox pane = new VBox();
            pane.setPrefWidth(PANE);
            pane.setMaxWidth(PANE);
            SpecRenderer renderer = new SpecRenderer(url -> { }, id -> { });
            renderer.setWidth(pane.widthProperty());
            Region node = (Region) renderer.render(new SpecItem.DecisionItem(longest));
            pane.getChildren().add(node);
            Scene scene = new Scene(pane, PANE, 900);
            scene.getStylesheets().add(getClass().getResource("/css/workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            pane.applyCss();
            pane.layout();
            card.set(node);
            for (Node n : node.lookupAll(".hyperlink")) {
                Hyperlink link = (Hyperlink) n;
                Bounds b = link.localToScene(link.getBoundsInLocal());
                if (b.getMaxX() > PANE + 0.5) problems.add(link.getText() + " ends at " + b.getMaxX());
                if (link.getWidth() + 0.5 < link.prefWidth(-1) && !link.isWrapText()) problems.add(link.getText() + " is cut");
                // Wrapped, it is as tall as its lines (not one line high with the rest clipped).
                if (link.getHeight() + 0.5 < link.prefHeight(link.getWidth())) problems.add(link.getText() + " is " + link.getHeight()
                        + " px high, its lines need " + link.prefHeight(link.getWidth()));
            }
        });
        assertTrue(card.get().getWidth() <= PANE + 0.5, "the card is " + card.get().getWidth() + " px wide in a " + PANE + " px pane");
        assertEquals(List.of(), problems);
        assertFalse(card.get().lookupAll(".hyperlink").isEmpty());
    }
}
