package dev.cdcarchitect.app;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.FxDebouncer;
import dev.cdcarchitect.ui.FxTaskExecutor;
import dev.cdcarchitect.ui.WindowState;
import dev.cdcarchitect.ui.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The desktop workbench: opens with the user's own example design filled in. */
public final class CdcArchitectApp extends Application {

    /** Quiet period after the last keystroke before the design is regenerated. */
    static final Duration DEBOUNCE = Duration.millis(120);

    private WorkbenchViewModel vm;
    private WorkbenchWindow window;
    private final WindowState windowState = WindowState.forUser();
    private WindowState.Values remembered;

    /** Runs on the launcher thread, before the FX thread starts: the preferences file is read here. */
    @Override
    public void init() {
        remembered = windowState.load();
    }

    @Override
    public void start(Stage stage) {
        System.setProperty("java.awt.headless", "true"); // JGraphX lays out without a display
        vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(DEBOUNCE), new DesignService());
        window = new WorkbenchWindow(vm, url -> getHostServices().showDocument(url), 1440, 900);
        stage.setTitle("CDC Architect");
        stage.setScene(window.scene());
        WindowState.apply(remembered, stage, window.controller().split());
        stage.setOnShown(e -> {
            window.controller().fit();
            StartupProbe.reportIfRequested("workbench");
        });
        vm.loadSeed();
        vm.regenerateNow();
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            WindowState.Values now = WindowState.capture((Stage) window.scene().getWindow(), window.controller().split());
            // Written on its own (non-daemon) thread: the FX thread does no file I/O, and the JVM waits for it.
            new Thread(() -> windowState.store(now), "save-window-state").start();
        }
        if (vm != null) vm.shutdown();
    }
}
