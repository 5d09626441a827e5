package dev.cdcarchitect.app;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.WindowState;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import java.util.concurrent.CompletableFuture;
import dev.cdcarchitect.ui.WorkbenchController;
import dev.cdcarchitect.ui.project.Autosave;
import dev.cdcarchitect.ui.project.ProjectViewModel;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop workbench: opens with the user's own example design filled in.
 *
 * <p>Start-up is progressive (decision 0005): the window appears at once with a light placeholder while the
 * workbench layout is loaded on a background thread; the FX thread then swaps it in and the seed design follows.
 */
public final class CdcArchitectApp extends Application {

    /** Quiet period after the last keystroke before the design is regenerated. */
    static final Duration DEBOUNCE = Duration.millis(120);

    private final WindowState windowState = WindowState.forUser();
    private WindowState.Values remembered;
    private volatile Loaded loaded;
    private Stage stage;
    private Timeline every30s;
    /** Created before anything that uses them; shut down in {@link #stop()}. */
    private final WorkbenchWorkers workers = new WorkbenchWorkers();

    private record Loaded(WorkbenchViewModel vm, WorkbenchWindow window) {}

    /** Runs on the launcher thread once the toolkit is up: the preferences file is read here. */
    @Override
    public void init() {
        remembered = windowState.load();
        System.setProperty("java.awt.headless", "true"); // JGraphX lays out without a display
    }

    /** After the window is shown, so the loader does not compete with the first frame for the CPU. */
    private CompletableFuture<Loaded> startLoading() {
        return CompletableFuture.supplyAsync(this::load, runnable -> {
            Thread t = new Thread(runnable, "workbench-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    private Loaded load() {
        WorkbenchViewModel vm = new WorkbenchViewModel(workers.design, new FxDebouncer(DEBOUNCE), new DesignService());
        return new Loaded(vm, new WorkbenchWindow(vm, workers.services(url -> getHostServices().showDocument(url))));
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        StartupPlaceholder placeholder = new StartupPlaceholder();
        stage.titleProperty().unbind(); // a stage reused by tests may still be bound to a previous project
        stage.setTitle("CDC Architect");
        stage.setScene(new Scene(placeholder.root(), 1440, 900));
        WindowState.applyBounds(remembered, stage);
        stage.setOnShown(e -> StartupProbe.reportShown("workbench"));
        stage.show();
        startLoading().whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure != null) placeholder.fail(failure);
            else attach(result);
        }));
    }

    /** FX thread: the loaded workbench replaces the placeholder and the seed design is generated. */
    private void attach(Loaded result) {
        loaded = result;
        Scene scene = stage.getScene();
        result.window().attachTo(scene);
        WindowState.applyDivider(remembered, result.window().controller().split());
        result.window().controller().drawnOutcome().addListener((obs, old, outcome) -> {
            if (outcome instanceof DesignOutcome.Ready) StartupProbe.reportReadyAfterNextLayout("workbench", scene);
        });
        result.vm().loadSeed();
        result.vm().regenerateNow();
        Platform.runLater(result.window().controller()::fit);
        startProject(result);
        projectArgument().ifPresent(result.window().controller()::open);
    }

    /** The project file the window was started with ({@code cdc-architect FILE.cdcarch.json}), if any. */
    private java.util.Optional<java.nio.file.Path> projectArgument() {
        Parameters parameters = getParameters();
        if (parameters == null || parameters.getRaw().size() != 1) return java.util.Optional.empty();
        return java.util.Optional.of(java.nio.file.Path.of(parameters.getRaw().get(0)).toAbsolutePath());
    }

    /** The project behind the window: title, unsaved-changes prompt, autosave every 30 s, recovery, drag and drop. */
    private void startProject(Loaded result) {
        WorkbenchController controller = result.window().controller();
        Autosave autosave = Autosave.forUser();
        String version = Objects.requireNonNullElse(CdcArchitectApp.class.getPackage().getImplementationVersion(), "dev");
        ProjectViewModel project = controller.startProject(autosave, version);
        stage.titleProperty().bind(project.title());
        stage.setOnCloseRequest(e -> {
            if (!controller.confirmDiscard()) e.consume();
            else if (!project.modified.get()) clearLater(autosave);
        });
        every30s = new Timeline(new KeyFrame(Duration.seconds(30), e -> project.autosaveNow()));
        every30s.setCycleCount(Animation.INDEFINITE);
        every30s.play();
        workers.autosave.submit(autosave::pending, pending -> pending.ifPresent(found -> RecoveryPrompt.ask(stage, found.designs().size(),
                () -> project.recover(found), () -> clearLater(autosave))));
        DropTarget.install(stage.getScene(), controller, workers.projectIo);
    }

    private void clearLater(Autosave autosave) {
        workers.autosave.submit(() -> {
            autosave.clear();
            return null;
        }, done -> { });
    }

    @Override
    public void stop() {
        Loaded current = loaded;
        if (stage != null) {
            WindowState.Values now = current == null
                    ? WindowState.capture(stage, remembered.divider0(), remembered.divider1())
                    : WindowState.capture(stage, current.window().controller().dividerPositions());
            // Written on its own (non-daemon) thread: the FX thread does no file I/O, and the JVM waits for it.
            new Thread(() -> windowState.store(now), "save-window-state").start();
        }
        if (every30s != null) every30s.stop();
        workers.shutdown();
    }
}
