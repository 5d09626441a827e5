package dev.cdcarchitect.ui.fx;

import javafx.animation.AnimationTimer;

/**
 * Defers work to the frame after the one being prepared. A new design changes both the spec and the diagram; the
 * software renderer paints each in about as long as a frame may take, so they are painted in consecutive frames
 * instead of one long one (the FX thread waits for the previous paint before each pulse). The diagram goes first:
 * it costs the FX thread little and shares its frame with the form's repaint, while the spec's rows need CSS and
 * layout on the FX thread and the largest paint.
 */
public final class NextFrame {

    private NextFrame() {}

    /** FX thread: runs {@code action} in the animation phase of the second pulse from now. */
    public static void run(Runnable action) {
        new AnimationTimer() {
            private boolean currentFramePassed;

            @Override
            public void handle(long now) {
                if (!currentFramePassed) {
                    currentFramePassed = true;
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }
}
