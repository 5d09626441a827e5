package dev.cdcarchitect.ui.fx;

/** Coalesces bursts of edits into one run after a quiet period. */
public interface Debouncer {

    void debounce(Runnable action);

    /** Runs at once: for view-model tests and snapshots. */
    Debouncer IMMEDIATE = Runnable::run;
}
