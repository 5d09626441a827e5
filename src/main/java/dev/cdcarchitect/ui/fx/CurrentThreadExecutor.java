package dev.cdcarchitect.ui.fx;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work and delivers its result at once on the calling thread: for view-model tests and snapshots. */
public final class CurrentThreadExecutor implements TaskExecutor {

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
        onResult.accept(work.get());
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
