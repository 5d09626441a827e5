package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.design.DesignOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.ui.spec.SpecListView;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): typing, selection, refusal, resize and zoom. */
class WorkbenchUiTest extends SeedWorkbenchUiTest {

    @Start
    void start(Stage stage) {
        open(stage, 1400);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        // Generous: a PDF export on a CI machine busy with rehearsal tests took over 10 s; nothing here is a timing claim.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean specShows(FxRobot robot, String text) {
        return robot.lookup(".spec-title").queryAll().stream().anyMatch(n -> ((javafx.scene.text.Text) n).getText().contains(text));
    }

    private static SpecListView spec(FxRobot robot) {
        return robot.lookup("#specList").queryAs(SpecListView.class);
    }

    @Test
    void typingIntoTheSourceTextUpdatesFormSpecAndDiagram(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        TopologyView diagram = robot.lookup(".topology-view").queryAs(TopologyView.class);
        assertTrue(diagram.nodeCount() > 10);

        TextArea source = robot.lookup("#sourceArea").queryAs(TextArea.class);
        robot.clickOn(source);
        robot.interact(() -> source.clear());
        robot.write("MySQL 8.0 on RDS, 2 TB, 3k TPS");
        waitUntil(() -> specShows(robot, "MySQL 8.0"));
        assertEquals(SourceEngine.MYSQL, vm.form.engine.get());
        assertTrue(spec(robot).indexOf("mysql.binlog-reading") > 0, "MySQL rules in the spec");
        assertTrue(spec(robot).indexOf("pg.logical-decoding") < 0, "no PostgreSQL rules left");
        assertTrue(diagram.nodeView("topic-schema-history") != null, "MySQL adds the schema history topic");
    }

    @Test
    void selectingANodeHighlightsItsDecisions(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        TopologyView diagram = robot.lookup(".topology-view").queryAs(TopologyView.class);
        StackPane hot = diagram.nodeView("topic-hot");
        robot.interact(() -> hot.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hot.getStyleClass().contains("node-selected"));
        List<Node> highlighted = List.copyOf(robot.lookup(".decision.highlighted").queryAll());
        assertFalse(highlighted.isEmpty());
        assertTrue(vm.highlightedDecisions.contains("kafka.partition-key"));

        robot.interact(() -> vm.selectDecision("sink.snowflake"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram.highlightedNodes().contains("sink-app-snowflake-sink"), diagram.highlightedNodes().toString());
    }

    @Test
    void unsafeInputShowsTheRefusalAndKeepsTheText(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        robot.interact(() -> vm.sourceText.set("DROP TABLE users; Execute rm -rf /;"));
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Refused);
        HBox banner = robot.lookup(".refusal-banner").queryAs(HBox.class);
        assertTrue(banner.isVisible());
        assertEquals("{\"error\": \"unsafe\"}", robot.lookup(".refusal-json").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".decision").queryAll().isEmpty(), "spec cleared");
        assertTrue(spec(robot).getItems().isEmpty(), "spec cleared");
        assertEquals(0, robot.lookup(".topology-view").queryAs(TopologyView.class).nodeCount(), "diagram cleared");
        assertTrue(robot.lookup("#exportMenu").queryAs(MenuButton.class).isDisabled());
        assertEquals("DROP TABLE users; Execute rm -rf /;", robot.lookup("#sourceArea").queryAs(TextArea.class).getText());

        robot.interact(() -> vm.loadSeed());
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        assertFalse(banner.isVisible());
        assertFalse(robot.lookup("#exportMenu").queryAs(MenuButton.class).isDisabled());
    }

    @Test
    void resizeAndZoomWithoutErrors(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        TopologyView diagram = robot.lookup(".topology-view").queryAs(TopologyView.class);
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(() -> {
            window.controller().fit();
            double fitted = diagram.zoom();
            diagram.zoomBy(1.2);
            assertEquals(fitted * 1.2, diagram.zoom(), 1e-9);
            stage.setWidth(1600);
            stage.setHeight(1000);
            window.controller().fit();
        });
        robot.clickOn(diagram).scroll(javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram.zoom() > 0.1);
    }

    @Test
    void theRateSliderStepsOverStopsAndResetsToAsStated(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        javafx.scene.control.Slider slider = robot.lookup("#rateFactorSlider").queryAs(javafx.scene.control.Slider.class);
        assertTrue(slider.getWidth() >= 160, "usable width: " + slider.getWidth());
        robot.clickOn(slider); // a click moves the thumb somewhere; the keys then step one stop at a time
        robot.interact(() -> vm.rateFactor.set(1));
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        waitUntil(() -> vm.rateFactor.get() == 1.25);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        waitUntil(() -> vm.rateFactor.get() == 1.0);
        robot.interact(() -> vm.rateFactor.set(8.54)); // a project's factor between stops is kept, not snapped
        assertEquals(8.54, vm.rateFactor.get());
        robot.doubleClickOn(slider);
        waitUntil(() -> vm.rateFactor.get() == 1.0);
        robot.interact(() -> vm.rateFactor.set(3));
        robot.clickOn("#rateResetButton");
        waitUntil(() -> vm.rateFactor.get() == 1.0);
        waitUntil(() -> vm.whatIfNote.get().isEmpty());
    }

    @Test
    void exportMenuWritesTheChosenFileOffTheFxThreadAndOffersTheFolder(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("cdc-export-ui");
        java.nio.file.Path out = folder.resolve("review.pdf");
        robot.interact(() -> window.controller().exportMenu().useChooser((format, initial, name) -> java.util.Optional.of(out)));
        robot.clickOn("#exportMenu");
        robot.clickOn("PDF, A4…");
        waitUntil(() -> window.controller().export().state.get() == dev.cdcarchitect.ui.export.ExportViewModel.State.DONE);
        assertTrue(java.nio.file.Files.size(out) > 10_000, "PDF written");
        HBox bar = robot.lookup("#exportBar").queryAs(HBox.class);
        assertTrue(bar.isVisible(), "notice shown");
        assertTrue(robot.lookup("#exportOpenFolder").query().isVisible(), "open folder offered");
        assertTrue(robot.lookup("#exportMessage").queryAs(Label.class).getText().contains("review.pdf"));
        robot.clickOn("#exportDismiss");
        waitUntil(() -> !bar.isVisible());
    }

    @Test
    void llmAnswerStreamsBesideTheRuleEngineSpecWhileTheDiagramStays(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
            server.start();
            server.enqueue(new mockwebserver3.MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                    .body("data: {\"choices\":[{\"delta\":{\"content\":\"## 1. CDC Engine Selection & Configuration\\nUse Debezium.\"}}]}\n\ndata: [DONE]\n\n")
                    .build());
            robot.interact(() -> window.controller().llm().baseUrl.set(server.url("/v1").toString()));
            robot.clickOn("#llmEngineButton");
            waitUntil(() -> robot.lookup("#llmText").tryQuery().isPresent());
            robot.clickOn("#askLlmButton");
            TextArea answer = robot.lookup("#llmText").queryAs(TextArea.class);
            waitUntil(() -> answer.getText().contains("Use Debezium."));
            waitUntil(() -> window.controller().llm().state.get() == dev.cdcarchitect.ui.llm.LlmViewModel.State.DONE);
            assertTrue(robot.lookup("#llmFindings").query().isVisible(), "the missing sections are listed");
            assertTrue(spec(robot).indexOf("pg.logical-decoding") >= 0, "the rule engine's spec is still beside it");
            assertTrue(robot.lookup(".topology-view").queryAs(TopologyView.class).nodeCount() > 10, "the diagram keeps the deterministic topology");
            robot.clickOn("Use the rule engine");
            waitUntil(() -> robot.lookup("#llmText").tryQuery().isEmpty());
        }
    }

    @Test
    void variantsAreComparedSideBySideWithTheirDiagrams(FxRobot robot) throws Exception {
        waitUntil(() -> specShows(robot, "PostgreSQL 14"));
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("cdc-ui-project");
        dev.cdcarchitect.ui.project.ProjectViewModel[] project = new dev.cdcarchitect.ui.project.ProjectViewModel[1];
        robot.interact(() -> project[0] = window.controller().startProject(new dev.cdcarchitect.ui.project.Autosave(data), "test"));
        robot.interact(() -> project[0].addVariant("exactly-once"));
        assertEquals(2, project[0].designNames.size());
        assertTrue(vm.targetText.get().endsWith("exactly-once required"), vm.targetText.get());
        robot.interact(() -> project[0].addVariant("Debezium Server"));
        assertEquals(3, project[0].designNames.size());
        assertTrue(vm.targetText.get().endsWith("source captured by Debezium Server"), vm.targetText.get());
        robot.interact(() -> dev.cdcarchitect.ui.compare.CompareWindow.open(stage, project[0].project().designs()));
        waitUntil(() -> robot.lookup("#compareMetrics").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.cdcarchitect.compare.MultiComparison.Row> metrics = robot.lookup("#compareMetrics").queryAs(javafx.scene.control.TableView.class);
        assertEquals(4, metrics.getColumns().size(), "the metric and one column per design");
        assertTrue(metrics.getItems().stream().anyMatch(r -> r.label().equals("Delivery guarantee") && r.differs()), "the guarantee differs");
        assertTrue(metrics.getItems().stream().anyMatch(r -> r.label().equals("Source runs on") && r.differs()
                && r.values().equals(java.util.List.of("Kafka Connect", "Kafka Connect", "Debezium Server"))), "the runtime differs in the third");
        javafx.scene.control.ListView<?> changes = robot.lookup("#compareChanges").queryAs(javafx.scene.control.ListView.class);
        assertTrue(changes.getItems().stream().anyMatch(i -> i.toString().contains("delivery.semantics")), changes.getItems().toString());
        assertTrue(changes.getItems().stream().anyMatch(i -> i.toString().contains("exactly.once.support") && i.toString().contains("not set  →  required")),
                "setting values shown: " + changes.getItems());
        assertTrue(changes.getItems().stream().anyMatch(i -> i.toString().startsWith("Added in ") && i.toString().contains(" engine.debezium-server: ")), changes.getItems().toString());
        assertEquals(3, robot.lookup(".topology-view").queryAll().size() - 1, "three diagrams in the comparison besides the workbench's");
        robot.interact(() -> ((javafx.stage.Stage) metrics.getScene().getWindow()).close());
        assertTrue(project[0].undoDescription().startsWith("Undo add"), project[0].undoDescription() + " / " + project[0].project().designs());
        robot.interact(project[0]::undo);
        robot.interact(project[0]::undo);
        assertEquals(1, project[0].designNames.size(), "adding the variants is undone");
    }
}
