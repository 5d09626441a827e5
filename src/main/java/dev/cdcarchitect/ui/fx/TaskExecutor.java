package dev.cdcarchitect.ui.fx;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work off the FX thread and hands the result back on it. Tests and snapshots use a same-thread version. */
public interface TaskExecutor {

    <T> void submit(Supplier<T> work, Consumer<T> onResult);

    void shutdown();
}
