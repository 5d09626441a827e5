package dev.cdcarchitect.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Starts the JavaFX toolkit on Monocle's headless platform with software rendering: no display needed. */
final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {}

    /** Starts the toolkit with a virtual screen large enough for a window of this size. */
    static synchronized void start(int width, int height) {
        if (started) return;
        System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        JavaFxLogging.quietClasspathWarning();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up already (e.g. inside the workbench or a UI test): use it as it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
