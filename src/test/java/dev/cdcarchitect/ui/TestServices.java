package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;

import dev.cdcarchitect.ui.llm.KeyChain;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A window's services for tests: daemon workers of their own, as the application would pass in. */
public final class TestServices {

    private TestServices() {}

    public static WorkbenchServices create() {
        ExecutorService llm = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-llm-worker");
            t.setDaemon(true);
            return t;
        });
        return new WorkbenchServices(url -> { }, new FxTaskExecutor("test-export-worker"), llm, new FxTaskExecutor("test-project-io"), new KeyChain(),
                new FxTaskExecutor("test-impact-worker"));
    }
}
