package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's "done when": OCR reads every node name of the seed design's diagram at the default fit, at 1440×900
 * and 1600×1000. Beside the input and the spec the pane keeps labels readable and scrolls, so it cannot show the
 * whole pipeline: there, every name it shows must read. Maximised (the pane at the window's width, decision 0023)
 * and in the diagram's own window, every name of the design must read. A diagram zoomed to ~6 px text must fail the
 * same check, so the check can fail. Needs tesseract (tesseract-ocr).
 */
@Tag("ocr")
@ExtendWith(ApplicationExtension.class)
class DiagramOcrUiTest {

    private WorkbenchViewModel vm;
    private Stage stage;
    private WorkbenchWindow workbench;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (vm != null) vm.shutdown();
    }

    private TopologyView openSeed(FxRobot robot, int width, int height) throws Exception {
        AtomicReference<WorkbenchWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(Duration.millis(50)), new DesignService());
            WorkbenchWindow w = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), width, height);
            window.set(w);
            workbench = w;
            stage.setScene(w.scene());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            vm.loadSeed();
            // -Ddiagram.ocr.target=TEXT looks at another design's targets (e.g. five sinks) with the same check.
            String target = System.getProperty("diagram.ocr.target");
            if (target != null) vm.targetText.set(target);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.outcome.get() instanceof DesignOutcome.Ready
                && window.get().controller().drawnOutcome().get() == vm.outcome.get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.get().controller().fit());
        return window.get().controller().topologyView();
    }

    private List<TopologyNode> nodes() {
        return ((DesignOutcome.Ready) vm.outcome.get()).result().topology().nodes();
    }

    private static WritableImage picture(FxRobot robot, Scene scene) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        keep(image.get());
        return image.get();
    }

    /** -Ddiagram.ocr.out=DIR keeps the pictures the test read, to look at them. */
    private static void keep(WritableImage image) {
        String dir = System.getProperty("diagram.ocr.out");
        if (dir == null) return;
        try {
            java.nio.file.Path file = java.nio.file.Path.of(dir, "ocr-" + System.nanoTime() + ".png");
            javax.imageio.ImageIO.write(NodeNameOcr.toBufferedImage(image), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new AssertionError("could not keep " + dir, e);
        }
    }

    private static Bounds onScene(TopologyView view, String id) {
        return view.nodeView(id).localToScene(view.nodeView(id).getBoundsInLocal());
    }

    private void everyNameReads(FxRobot robot, int width, int height) throws Exception {
        TopologyView docked = openSeed(robot, width, height);

        // The docked pane at its default fit: the names it shows (whole boxes inside the pane) all read.
        Bounds pane = docked.localToScene(docked.getBoundsInLocal());
        List<TopologyNode> visible = nodes().stream().filter(n -> pane.contains(onScene(docked, n.id()))).toList();
        assertTrue(visible.stream().anyMatch(n -> n.id().equals("source")), "the pipeline starts at the source in the docked pane");
        List<String> dockedUnread = NodeNameOcr.unread(picture(robot, docked.getScene()), visible, id -> onScene(docked, id));
        assertEquals(List.of(), dockedUnread, width + "x" + height + " docked pane, " + visible.size() + " names shown");

        // The pane maximised, at its default fit: every name of the design.
        robot.interact(() -> workbench.controller().maximiseDiagram(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(docked::fit);
        assertTrue(docked.getWidth() >= width - 20, "the maximised pane has the window's width: " + docked.getWidth());
        List<String> maximisedUnread = NodeNameOcr.unread(picture(robot, docked.getScene()), nodes(), id -> onScene(docked, id));
        assertEquals(List.of(), maximisedUnread, width + "x" + height + " maximised pane, zoom " + docked.zoom());
        robot.interact(() -> workbench.controller().maximiseDiagram(false));
        WaitForAsyncUtils.waitForFxEvents();

        // The diagram's own window, at the workbench's size and its default fit: every name of the design.
        robot.interact(docked::openInWindow);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView own = docked.windowView();
        robot.interact(own::fit);
        assertTrue(own.getWidth() >= width - 20, "the diagram window has the workbench's width: " + own.getWidth());
        List<String> unread = NodeNameOcr.unread(picture(robot, own.getScene()), nodes(), id -> onScene(own, id));
        robot.interact(() -> own.getScene().getWindow().hide());
        assertEquals(List.of(), unread, width + "x" + height + " diagram window, zoom " + own.zoom());
    }

    @Test
    void everyNodeNameReadsAt1440x900() throws Exception {
        everyNameReads(new FxRobot(), 1440, 900);
    }

    @Test
    void everyNodeNameReadsAt1600x1000() throws Exception {
        everyNameReads(new FxRobot(), 1600, 1000);
    }

    @Test
    void namesDrawnTooSmallDoNotRead() throws Exception {
        FxRobot robot = new FxRobot();
        TopologyView docked = openSeed(robot, 1440, 900);
        robot.interact(docked::openInWindow);
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView own = docked.windowView();
        // Fit, then down to ~6 px text: what issue 16 found in the old pane (7-8 px names, 5 px kinds).
        robot.interact(() -> {
            own.fit();
            own.zoomBy(0.5 / own.zoom());
        });
        List<String> unread = NodeNameOcr.unread(picture(robot, own.getScene()), nodes(), id -> onScene(own, id));
        robot.interact(() -> own.getScene().getWindow().hide());
        assertFalse(unread.isEmpty(), "at zoom " + own.zoom() + " the names must not pass as readable");
        assertTrue(unread.size() >= nodes().size() / 2, "most names unreadable at 6 px: " + unread);
    }
}
