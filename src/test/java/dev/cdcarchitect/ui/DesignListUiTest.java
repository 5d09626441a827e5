package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.project.Autosave;
import dev.cdcarchitect.ui.project.ProjectViewModel;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16: the Project menu offers only variants that change the design, and renames, deletes and moves designs. */
@ExtendWith(ApplicationExtension.class)
class DesignListUiTest {

    private WorkbenchViewModel vm;
    private WorkbenchWindow window;
    private ProjectViewModel project;

    @Start
    void start(Stage stage) throws Exception {
        vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(Duration.millis(50)), new DesignService());
        window = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1400, 900);
        stage.setScene(window.scene());
        stage.sizeToScene(); // TestFX reuses one stage across test classes: no earlier class's size carries over
        stage.show();
        vm.loadSeed();
        project = window.controller().startProject(new Autosave(Files.createTempDirectory("cdc-design-list")), "test");
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    /** Conditions read controls and lists: evaluated on the FX thread (FxWait). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        dev.cdcarchitect.ui.FxWait.until(20, condition);
    }

    private static MenuItem variant(Menu variants, String kind) {
        return variants.getItems().stream().filter(i -> kind.equals(i.getUserData())).findFirst().orElseThrow();
    }

    @Test
    void variantsThatChangeNothingAreNotOffered(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#projectMenu").queryAs(MenuButton.class);
        Menu variants = (Menu) menu.getItems().stream().filter(i -> "Duplicate as variant".equals(i.getText())).findFirst().orElseThrow();
        robot.clickOn("#projectMenu");
        waitUntil(() -> variant(variants, "Protobuf").isVisible());
        assertFalse(variant(variants, "Elasticsearch").isVisible(), "the seed design already has Elasticsearch");
        assertFalse(variant(variants, "at-least-once").isVisible(), "exactly-once is already off");
        assertFalse(variant(variants, "Kafka Connect").isVisible(), "the source already runs on Kafka Connect");
        assertTrue(variant(variants, "exactly-once").isVisible());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void designsAreRenamedDeletedAndMovedFromTheProjectMenu(FxRobot robot) throws Exception {
        robot.interact(() -> project.addVariant("Protobuf"));
        robot.clickOn("#projectMenu").clickOn("Rename design…");
        waitUntil(() -> robot.lookup("#designNameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#designNameField").queryAs(TextField.class).setText("Protobuf serialisation"));
        robot.clickOn("OK");
        waitUntil(() -> project.designNames.contains("Protobuf serialisation"));
        assertEquals(List.of("Design 1", "Protobuf serialisation"), project.designNames);

        robot.clickOn("#projectMenu").clickOn("Move design up");
        waitUntil(() -> project.designNames.get(0).equals("Protobuf serialisation"));

        robot.clickOn("#projectMenu").clickOn("Delete design…");
        waitUntil(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");
        waitUntil(() -> project.designNames.size() == 1);
        assertEquals(List.of("Design 1"), project.designNames);
        assertEquals("Design 1", project.currentDesign.get());
        robot.interact(project::undo);
        assertEquals(List.of("Protobuf serialisation", "Design 1"), project.designNames, "Undo brings the deleted design back in its place");
    }
}
