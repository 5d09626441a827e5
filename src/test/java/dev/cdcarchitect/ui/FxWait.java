package dev.cdcarchitect.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition that reads the scene (lookups, controls, their lists): it is evaluated on the FX thread, never
 * beside an update of the scene graph (a lookup from the test thread can meet a child list mid-change).
 */
public final class FxWait {

    private FxWait() {}

    public static void until(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
