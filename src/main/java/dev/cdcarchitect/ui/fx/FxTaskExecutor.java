package dev.cdcarchitect.ui.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One worker thread; results return through Platform.runLater. The FX thread never waits. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker;
    private final boolean finishesWork;

    public FxTaskExecutor() {
        this("design-worker");
    }

    /** A daemon worker whose queued work is dropped on {@link #shutdown()}: designs, exports, reads. */
    public FxTaskExecutor(String threadName) {
        this(threadName, false);
    }

    private FxTaskExecutor(String threadName, boolean finishesWork) {
        this.finishesWork = finishesWork;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(!finishesWork);
            return t;
        });
    }

    /**
     * A worker for writes of the user's files: {@link #shutdown()} lets queued work finish, and its thread keeps the
     * JVM alive until then, so a save started as the window closes is written whole.
     */
    public static FxTaskExecutor finishingWork(String threadName) {
        return new FxTaskExecutor(threadName, true);
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
        if (worker.isShutdown()) return; // the window is closing: late edits have nowhere to go
        worker.execute(() -> {
            T result = work.get();
            Platform.runLater(() -> onResult.accept(result));
        });
    }

    @Override
    public void shutdown() {
        if (finishesWork) worker.shutdown();
        else worker.shutdownNow();
    }

    public boolean isShutdown() {
        return worker.isShutdown();
    }
}
