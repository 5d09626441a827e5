package dev.cdcarchitect.ui.checks;

import dev.cdcarchitect.connect.ConnectUnavailableException;
import dev.cdcarchitect.rehearse.RehearsalException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One long check at a time (a rehearsal, a validation on Connect) on its own worker thread, with a log, one result
 * line per check and Cancel. Cancel interrupts the worker: the rehearsal's try-with-resources then stops its
 * database, broker and worker; the window is usable again at once and ignores whatever the worker still reports.
 * Testable without a toolkit (give it {@code Runnable::run} as the FX thread).
 */
public final class CheckRunViewModel {

    public enum State { IDLE, RUNNING, PASSED, FAILED, NOT_RUN, CANCELLED }

    /** What a check returns: one line per check ("PASS ..."/"FAIL ..."), whether all passed, a one-line summary. */
    public record Result(List<String> lines, boolean passed, String summary) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** The work itself, on the worker thread; it may throw {@link InterruptedException} when cancelled. */
    @FunctionalInterface
    public interface Job {
        Result run(Consumer<String> progress) throws Exception;
    }

    public final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final ObservableList<String> log = FXCollections.observableArrayList();
    public final ObservableList<String> results = FXCollections.observableArrayList();

    private final Executor fxThread;
    private Thread worker;
    private long job;

    public CheckRunViewModel(Executor fxThread) {
        this.fxThread = fxThread;
    }

    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /** FX thread. Ignored while another check runs. */
    public void start(String name, Job work) {
        if (isRunning()) return;
        long id = ++job;
        title.set(name);
        log.clear();
        results.clear();
        state.set(State.RUNNING);
        message.set(name + " running…");
        Thread t = new Thread(() -> {
            Object outcome = execute(work, line -> fxThread.execute(() -> {
                if (id != job) return;
                log.add(line);
                if (isCheckLine(line)) results.add(line); // shown as decided; the final report replaces them
            }));
            fxThread.execute(() -> finish(id, outcome));
        }, "check-worker");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** A decided check ("PASS …"/"FAIL …"), as opposed to a progress note. */
    static boolean isCheckLine(String line) {
        return line.startsWith("PASS ") || line.startsWith("FAIL ");
    }

    /** Worker thread: the result, or the user-facing reason it could not run, or null when interrupted. */
    private static Object execute(Job work, Consumer<String> progress) {
        try {
            return work.run(progress);
        } catch (InterruptedException e) {
            return null;
        } catch (RehearsalException | dev.cdcarchitect.rehearse.ConnectorRejected | ConnectUnavailableException | IllegalArgumentException e) {
            return Thread.currentThread().isInterrupted() ? null : e.getMessage();
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) return null;
            return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() + ". Please report it with the design.";
        }
    }

    private void finish(long id, Object outcome) {
        if (id != job || state.get() != State.RUNNING) return; // cancelled or superseded
        worker = null;
        if (outcome instanceof Result r) {
            results.setAll(r.lines());
            state.set(r.passed() ? State.PASSED : State.FAILED);
            message.set(r.summary());
        } else {
            state.set(State.NOT_RUN);
            message.set(title.get() + " could not run: " + outcome);
        }
    }

    /** FX thread: interrupts the worker; its components close in the background. */
    public void cancel() {
        if (!isRunning()) return;
        job++;
        if (worker != null) worker.interrupt();
        worker = null;
        state.set(State.CANCELLED);
        message.set(title.get() + " cancelled; its components are being stopped and their temporary folders removed.");
    }

    /** The report as Markdown, for "Save report…". */
    public String report() {
        List<String> out = new ArrayList<>();
        out.add("# " + title.get());
        out.add("");
        out.add(message.get());
        out.add("");
        out.add("## Checks");
        out.add("");
        for (String line : results) out.add("- " + line);
        out.add("");
        out.add("## Log");
        out.add("");
        for (String line : log) out.add("- " + line);
        return String.join("\n", out) + "\n";
    }
}
