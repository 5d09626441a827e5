package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.design.DesignOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.rehearse.RehearsalReport;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.ui.checks.CheckPrompts;
import dev.cdcarchitect.ui.checks.CheckRunViewModel;
import dev.cdcarchitect.ui.checks.ChecksMenu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Check menu of the real window, headless, with a fake rehearsal (the real one has its own tests). */
@ExtendWith(ApplicationExtension.class)
class ChecksUiTest {

    private WorkbenchViewModel vm;
    private WorkbenchWindow window;
    private ChecksMenu checks;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(javafx.util.Duration.millis(50)), new DesignService());
        window = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), 1400, 900);
        stage.setScene(window.scene());
        stage.sizeToScene(); // TestFX reuses one stage across test classes: no earlier class's size carries over
        stage.show();
        checks = window.controller().checks();
        checks.usePrompts(new CheckPrompts() {
            @Override public Optional<String> connectUrl(String last) { return Optional.of("http://127.0.0.1:1"); }
            @Override public Optional<Path> reportFile(String suggestedName) { return Optional.of(temp.resolve(suggestedName)); }
        });
        vm.loadSeed();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> checks.run().cancel());
        vm.shutdown();
    }

    /** Conditions read controls and lists: evaluated on the FX thread (FxWait). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        dev.cdcarchitect.ui.FxWait.until(10, condition);
    }

    private MenuItem item(String id) {
        MenuButton menu = window.controller().checkMenu;
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static RehearsalReport report(List<Check> checks) {
        return new RehearsalReport(checks, List.of("database.port: 5432 -> 40001 (local component)"), Duration.ofMillis(1200), Duration.ofMillis(800));
    }

    @Test
    void withoutADesignTheActionsAreDisabledAndTheMenuSaysWhy(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        assertFalse(item("check-rehearse").isDisable());
        assertFalse(item("check-needs-design").isVisible());

        robot.interact(() -> vm.sourceText.set("DROP TABLE users; Execute rm -rf /;"));
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Refused);

        assertTrue(item("check-rehearse").isDisable());
        assertTrue(item("check-validate").isDisable());
        assertTrue(item("check-needs-design").isVisible());
        assertTrue(item("check-needs-design").getText().contains("Needs a design"));
        AtomicBoolean ran = new AtomicBoolean();
        checks.useRehearsal((design, progress) -> { ran.set(true); return report(List.of()); });
        robot.interact(() -> checks.rehearse()); // the shortcut's path: nothing to rehearse, nothing runs
        assertFalse(ran.get());
        assertEquals(CheckRunViewModel.State.IDLE, checks.run().state.get());
    }

    @Test
    void aRunsResultLinesAppearAndTheReportCanBeSaved(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        checks.useRehearsal((design, progress) -> {
            progress.accept("Starting a throwaway PostgreSQL for " + design.spec().title());
            return report(List.of(new Check("database setup", true, "9 statements of the spec applied"),
                    new Check("topics", false, "the broker refused a topic of topics.json: min.insync.replicas")));
        });
        // The keyboard shortcut (Shortcut+Shift+R; Ctrl on Linux) starts it from the main window.
        robot.clickOn("#sourceArea");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> checks.run().state.get() == CheckRunViewModel.State.FAILED);

        @SuppressWarnings("unchecked")
        ListView<String> results = robot.lookup("#checkResults").queryAs(ListView.class);
        assertEquals(List.of("PASS database setup: 9 statements of the spec applied",
                "FAIL topics: the broker refused a topic of topics.json: min.insync.replicas",
                "local database.port: 5432 -> 40001 (local component)"), List.copyOf(results.getItems()));
        assertTrue(checks.run().log.get(0).startsWith("Starting a throwaway PostgreSQL for PostgreSQL 14"), checks.run().log.toString());
        assertTrue(checks.run().message.get().startsWith("1 of 2 checks passed"), checks.run().message.get());

        robot.interact(() -> robot.lookup("#checkSave").queryAs(Button.class).fire());
        String saved = Files.readString(temp.resolve("rehearsal-report.md"));
        assertTrue(saved.contains("- FAIL topics: the broker refused") && saved.startsWith("# Rehearsal"), saved);
    }

    @Test
    void eachCheckAppearsAsSoonAsItIsDecidedNotOnlyAtTheEnd(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        CountDownLatch firstReported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Check setup = new Check("database setup", true, "9 statements of the spec applied");
        checks.useRehearsal((design, progress) -> {
            progress.accept("... applying the spec's database settings and SQL");
            progress.accept(setup.line());
            firstReported.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new dev.cdcarchitect.rehearse.RehearsalException("interrupted", e);
            }
            return report(List.of(setup, new Check("topics", true, "9 topics created")));
        });
        robot.interact(() -> item("check-rehearse").fire());
        assertTrue(firstReported.await(10, TimeUnit.SECONDS));
        waitUntil(() -> !checks.run().results.isEmpty());
        assertEquals(CheckRunViewModel.State.RUNNING, checks.run().state.get());
        assertEquals(List.of(setup.line()), List.copyOf(checks.run().results), "a progress line is not a check");

        finish.countDown();
        waitUntil(() -> checks.run().state.get() == CheckRunViewModel.State.PASSED);
        assertEquals(List.of(setup.line(), "PASS topics: 9 topics created", "local database.port: 5432 -> 40001 (local component)"),
                List.copyOf(checks.run().results), "the final report replaces the live lines, without doubles");
    }

    @Test
    void cancelInterruptsTheWorkerAndLeavesTheWindowUsable(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        checks.useRehearsal((design, progress) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown(); // where the real rehearsal's try-with-resources closes its components
                throw new dev.cdcarchitect.rehearse.RehearsalException("interrupted", e);
            }
            return report(List.of());
        });
        robot.interact(() -> item("check-rehearse").fire());
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(item("check-rehearse").isDisable(), "one check at a time");

        robot.interact(() -> robot.lookup("#checkCancel").queryAs(Button.class).fire());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the worker thread was interrupted");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CheckRunViewModel.State.CANCELLED, checks.run().state.get());
        assertFalse(item("check-rehearse").isDisable());

        // The window still works: an edit regenerates the design, and a new run completes.
        robot.interact(() -> vm.sourceText.set("MySQL 8.0 on RDS, 2 TB, 3k TPS"));
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready r && r.result().spec().title().contains("MySQL"));
        checks.useRehearsal((design, progress) -> report(List.of(new Check("database setup", true, "ok"))));
        robot.interact(() -> item("check-rehearse").fire());
        waitUntil(() -> checks.run().state.get() == CheckRunViewModel.State.PASSED);
        assertEquals("PASS database setup: ok", checks.run().results.get(0));
    }

    @Test
    void validateOnAnUnreachableConnectSaysSoInTheCheckWindow(FxRobot robot) throws Exception {
        waitUntil(() -> vm.outcome.get() instanceof DesignOutcome.Ready);
        robot.interact(() -> item("check-validate").fire());
        waitUntil(() -> checks.run().state.get() == CheckRunViewModel.State.NOT_RUN);
        assertTrue(checks.run().message.get().contains("cannot reach Kafka Connect at http://127.0.0.1:1"), checks.run().message.get());
        assertTrue(checks.window().isShowing());
    }
}
