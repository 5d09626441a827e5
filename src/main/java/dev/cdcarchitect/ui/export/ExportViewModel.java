package dev.cdcarchitect.ui.export;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.DesignExporter;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.ForeignFolderException;
import dev.cdcarchitect.export.WriteFailedException;
import dev.cdcarchitect.export.document.SourceDateEpoch;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One export at a time, off the FX thread: render in memory, then (unless cancelled meanwhile) write atomically.
 * The state drives the export bar: progress while running, a notice with "Open folder" when done, the reason when
 * it failed. Testable without a toolkit.
 */
public final class ExportViewModel {

    public enum State { IDLE, RUNNING, DONE, FAILED, CANCELLED }

    public final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    public final StringProperty message = new SimpleStringProperty("");
    /** Where the last export went; the file chooser starts there. */
    public final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>();
    /** The folder to open from the notice. */
    public final ObjectProperty<Path> resultFolder = new SimpleObjectProperty<>();
    /**
     * Set when an export was refused because the chosen folder is not the tool's to replace; the window shows it
     * in a dialog (the user has to choose again), empty otherwise.
     */
    public final StringProperty refusal = new SimpleStringProperty("");

    private final TaskExecutor executor;
    private final ExportFolderMemory memory;
    private final DesignExporter exporter = new DesignExporter();
    private volatile boolean cancelled;
    private long job;

    private sealed interface Result {}
    private record Written(Path out) implements Result {}
    private record Failed(String reason) implements Result {}
    private record Refused(String reason) implements Result {}
    private record Dropped() implements Result {}

    public ExportViewModel(TaskExecutor executor, ExportFolderMemory memory) {
        this.executor = executor;
        this.memory = memory;
        executor.submit(memory::load, folder -> {
            if (lastFolder.get() == null) lastFolder.set(folder);
        });
    }

    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    public void export(DesignResult.Generated design, ExportFormat format, Paper paper, Path out) {
        if (isRunning()) return;
        long id = ++job;
        cancelled = false;
        state.set(State.RUNNING);
        refusal.set("");
        message.set("Exporting " + format.description() + " to " + out.getFileName() + "…");
        DesignExporter.Options options = new DesignExporter.Options(paper, SourceDateEpoch.today());
        executor.submit(() -> run(design, format, out, options), result -> {
            if (id != job) return;
            if (result instanceof Written w) {
                state.set(State.DONE);
                message.set("Exported " + format.description() + ": " + w.out());
                Path parent = w.out().toAbsolutePath().getParent();
                resultFolder.set(format.isFolder() ? w.out().toAbsolutePath() : parent);
                lastFolder.set(parent);
            } else if (result instanceof Failed f) {
                state.set(State.FAILED);
                message.set("Export failed: " + f.reason());
            } else if (result instanceof Refused r) {
                state.set(State.FAILED);
                message.set("Export refused: " + r.reason());
                refusal.set(r.reason());
            } else {
                state.set(State.CANCELLED);
                message.set("Export cancelled; nothing was written.");
            }
        });
    }

    /** Worker thread. */
    private Result run(DesignResult.Generated design, ExportFormat format, Path out, DesignExporter.Options options) {
        try {
            Map<String, byte[]> files = exporter.render(design, format, out.toAbsolutePath().getFileName().toString(), options);
            if (cancelled) return new Dropped();
            exporter.write(files, format, out);
            memory.store(out.toAbsolutePath().getParent());
            return new Written(out);
        } catch (ForeignFolderException e) {
            return new Refused(e.getMessage() + " " + e.hint());
        } catch (WriteFailedException e) {
            return new Failed("cannot write " + out + " (" + e.getMessage() + ")."); // why, then exactly what is on disk
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return new Failed("cannot write " + out + " (" + e.getMessage() + ").");
        } catch (RuntimeException e) {
            return new Failed("the export could not be rendered (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); nothing was written.");
        }
    }

    /** Stops a running export before it writes anything; rendering already under way finishes and is discarded. */
    public void cancel() {
        if (!isRunning()) return;
        cancelled = true;
    }

    public void dismiss() {
        if (isRunning()) return;
        state.set(State.IDLE);
        message.set("");
    }

    public void shutdown() {
        executor.shutdown();
    }
}
