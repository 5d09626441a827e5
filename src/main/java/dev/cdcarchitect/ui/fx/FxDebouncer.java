package dev.cdcarchitect.ui.fx;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Debounces on the FX thread with a PauseTransition: each call restarts the quiet period. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable run = pending;
            pending = null;
            if (run != null) run.run();
        });
    }

    @Override
    public void debounce(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
