package dev.cdcarchitect.ui.impact;

import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.impact.ChangeKind;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The impact panel's state, testable without a toolkit: the change picker and its phrase, and the report for the
 * design the window shows. Every edit and every new design schedules a run (debounced); the analysis runs on the
 * {@link TaskExecutor}, and a result is shown only if nothing changed since it was asked for (newest wins).
 */
public final class ImpactViewModel {

    /** The panel is open: only then does it analyse. */
    public final BooleanProperty open = new SimpleBooleanProperty(false);
    public final ObjectProperty<ChangeKind> kind = new SimpleObjectProperty<>();
    public final StringProperty table = new SimpleStringProperty("");
    public final StringProperty column = new SimpleStringProperty("");
    public final StringProperty newName = new SimpleStringProperty("");
    public final StringProperty from = new SimpleStringProperty("");
    public final StringProperty to = new SimpleStringProperty("");
    public final StringProperty defaultValue = new SimpleStringProperty("");
    public final StringProperty keys = new SimpleStringProperty("");
    /** The change as {@code impact --change} reads it: the picker writes it, and the user may write it directly. */
    public final StringProperty phrase = new SimpleStringProperty("");
    /** The Table field's prompt: the design's named tables, when it names several. */
    public final StringProperty tablePrompt = new SimpleStringProperty("");
    public final ObjectProperty<ImpactReport> report = new SimpleObjectProperty<>();
    /** Why there is no report (a change it cannot read, a field to fill in, no design), or empty. */
    public final StringProperty message = new SimpleStringProperty("");

    private final ObservableValue<DesignOutcome> design;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ImpactJob job = new ImpactJob();
    /** Counts every change of input; a result computed for an older count is dropped. */
    private long generation;
    /** Filling the picker from a read change: not an edit of the user's. */
    private boolean syncing;
    private String prefilledTable = "";

    /** @param design the outcome the window shows; the impact is always of that design */
    public ImpactViewModel(ObservableValue<DesignOutcome> design, TaskExecutor executor, Debouncer debouncer) {
        this.design = design;
        this.executor = executor;
        this.debouncer = debouncer;
        kind.addListener(o -> fieldsChanged());
        for (StringProperty field : List.of(table, column, newName, from, to, defaultValue, keys)) field.addListener(o -> fieldsChanged());
        phrase.addListener(o -> {
            if (!syncing) changed();
        });
        open.addListener((o, was, now) -> changed());
        design.addListener((o, old, now) -> designChanged(now));
        designChanged(design.getValue());
    }

    /** The current picker fields. */
    public ChangeFields fields() {
        return new ChangeFields(kind.get(), table.get(), column.get(), newName.get(), from.get(), to.get(), defaultValue.get(), keys.get());
    }

    /** The runbook as numbered lines, for the clipboard; empty when there is no report. */
    public String runbookText() {
        ImpactReport r = report.get();
        if (r == null) return "";
        List<String> steps = r.runbook();
        return String.join("\n", IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i)).toList()) + "\n";
    }

    /** A picker edit writes the phrase; until the kind's fields are filled in, it says which are missing. */
    private void fieldsChanged() {
        if (syncing) return;
        ChangeFields f = fields();
        if (f.kind() == null) { // no kind picked: the user writes the phrase, and the table may complete it
            changed();
            return;
        }
        List<String> missing = f.missing();
        String next = missing.isEmpty() ? f.phrase() : "";
        if (!next.equals(phrase.get())) {
            syncing = true;
            try {
                phrase.set(next);
            } finally {
                syncing = false;
            }
        }
        changed();
        if (!missing.isEmpty() && open.get()) {
            report.set(null);
            message.set("To see the impact, fill in: " + String.join(", ", missing) + ".");
        }
    }

    private void designChanged(DesignOutcome outcome) {
        if (outcome instanceof DesignOutcome.Ready ready) {
            List<String> tables = ready.result().input().facts().objects().stream()
                    .filter(o -> o.kind() == ObjectKind.TABLE).map(NamedObject::name).toList();
            tablePrompt.set(tables.size() > 1 ? "one of: " + String.join(", ", tables) : "the table, e.g. orders");
            // The one named table fills an empty field (or replaces the one filled in for an earlier design).
            if (tables.size() == 1 && (table.get().isBlank() || table.get().equals(prefilledTable))) {
                prefilledTable = tables.get(0);
                table.set(prefilledTable);
            }
        }
        changed();
    }

    /** Something the report depends on changed: drop what is in flight and run again after the quiet period. */
    private void changed() {
        long id = ++generation;
        if (open.get()) debouncer.debounce(() -> submit(id));
    }

    private void submit(long id) {
        if (id != generation || !open.get()) return;
        if (!(design.getValue() instanceof DesignOutcome.Ready ready)) {
            show(new ImpactJob.Result.Message("No design to analyse yet: describe the source and target first (or load the example)."));
            return;
        }
        if (phrase.get().isBlank()) {
            if (kind.get() == null) show(new ImpactJob.Result.Message(""));
            return; // a picked kind already said which fields are missing
        }
        ImpactJob.Request request = new ImpactJob.Request(ready.result(), phrase.get(), table.get());
        executor.submit(() -> job.run(request), result -> {
            if (id == generation) show(result);
        });
    }

    private void show(ImpactJob.Result result) {
        if (result instanceof ImpactJob.Result.Report shown) {
            message.set("");
            report.set(shown.report());
            fillPicker(ChangeFields.of(shown.report().change()));
        } else {
            report.set(null);
            message.set(((ImpactJob.Result.Message) result).text());
        }
    }

    /** A phrase written by hand shows in the picker too, so the two never disagree. */
    private void fillPicker(ChangeFields read) {
        syncing = true;
        try {
            kind.set(read.kind());
            table.set(read.table());
            for (ChangeFields.Input input : ChangeFields.inputs(read.kind())) property(input).set(read.value(input));
        } finally {
            syncing = false;
        }
    }

    private StringProperty property(ChangeFields.Input input) {
        return ChangeFields.pick(input, column, newName, from, to, defaultValue, keys);
    }
}
