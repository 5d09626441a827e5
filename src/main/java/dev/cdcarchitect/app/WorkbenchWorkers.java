package dev.cdcarchitect.app;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.WorkbenchServices;
import dev.cdcarchitect.ui.llm.KeyChain;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Every worker thread of the workbench window, created in one place and shut down together when the window
 * closes, so no view or view model starts a thread it cannot stop.
 */
final class WorkbenchWorkers {

    final FxTaskExecutor design = new FxTaskExecutor("design-worker");
    final FxTaskExecutor export = new FxTaskExecutor("export-worker");
    final ExecutorService llm = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "llm-worker");
        t.setDaemon(true);
        return t;
    });
    /** The impact panel's analysis: its own thread, so a design in progress never delays it, nor it a design. */
    final FxTaskExecutor impact = new FxTaskExecutor("impact-worker");
    final FxTaskExecutor projectIo = FxTaskExecutor.finishingWork("project-io");
    /** Recovery check and clearing the autosave file: small file work that must not wait behind a slow save. */
    final FxTaskExecutor autosave = FxTaskExecutor.finishingWork("autosave");

    WorkbenchServices services(Consumer<String> linkOpener) {
        return new WorkbenchServices(linkOpener, export, llm, projectIo, new KeyChain(), impact);
    }

    /** Designs, exports, impact runs and LLM requests stop at once; file writes already queued finish first. */
    void shutdown() {
        design.shutdown();
        export.shutdown();
        impact.shutdown();
        llm.shutdownNow();
        projectIo.shutdown();
        autosave.shutdown();
    }
}
