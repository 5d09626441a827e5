package dev.cdcarchitect.rehearse;

import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The checks of one rehearsal, in order; each check and each step is passed on to the progress view as it happens. */
final class CheckList {

    private final List<Check> checks = new ArrayList<>();
    private final Consumer<String> progress;

    CheckList(Consumer<String> progress) {
        this.progress = progress;
    }

    void add(Check check) {
        checks.add(check);
        progress.accept(check.line());
    }

    /** A step that is starting; stops the rehearsal when its thread was interrupted (Cancel). */
    void step(String what) {
        if (Thread.currentThread().isInterrupted()) throw new RehearsalException("cancelled before: " + what + ".");
        progress.accept("… " + what);
    }

    List<Check> all() {
        return List.copyOf(checks);
    }
}
