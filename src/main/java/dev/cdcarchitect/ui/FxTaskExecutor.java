package dev.cdcarchitect.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One daemon worker thread; results return through Platform.runLater. The FX thread never waits. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker;

    public FxTaskExecutor() {
        this("design-worker");
    }

    public FxTaskExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
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
        worker.shutdownNow();
    }
}
