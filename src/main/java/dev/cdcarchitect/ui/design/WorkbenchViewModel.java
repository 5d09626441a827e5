package dev.cdcarchitect.ui.design;

import dev.cdcarchitect.ui.fx.TaskExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.ui.marks.FieldMarks;
import dev.cdcarchitect.ui.marks.TextMarks;
import dev.cdcarchitect.ui.objects.NamedObjectsViewModel;
import dev.cdcarchitect.ui.form.FormField;
import dev.cdcarchitect.ui.form.FormTextWriter;
import dev.cdcarchitect.ui.form.FormViewModel;
import dev.cdcarchitect.ui.form.Texts;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the workbench: the two texts, the form, the what-if controls and the current outcome. Every edit
 * schedules a regeneration (debounced); the work runs on the {@link TaskExecutor} from an immutable request,
 * and only the newest request's result is shown.
 */
public final class WorkbenchViewModel {

    public static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    public static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    public final StringProperty sourceText = new SimpleStringProperty("");
    public final StringProperty targetText = new SimpleStringProperty("");
    public final FormViewModel form = new FormViewModel();
    private final FormTextWriter formWriter = new FormTextWriter(form);
    /** Underlines in the two texts, from the last design's trace. */
    public final FieldMarks sourceMarks = new FieldMarks();
    public final FieldMarks targetMarks = new FieldMarks();
    /** The databases, tables and columns the last design read; edits write to {@link #sourceText}. */
    public final NamedObjectsViewModel objects = new NamedObjectsViewModel(sourceText);
    public final DoubleProperty rateFactor = new SimpleDoubleProperty(1);
    public final DoubleProperty growthFactor = new SimpleDoubleProperty(0);
    public final IntegerProperty partitionOverride = new SimpleIntegerProperty(0);
    public final ObjectProperty<DesignOutcome> outcome = new SimpleObjectProperty<>(new DesignOutcome.Empty());
    public final StringProperty status = new SimpleStringProperty("");
    /** The what-if factors the shown design carries, stated beside effective ("" when none); see {@link WhatIfNote}. */
    public final StringProperty whatIfNote = new SimpleStringProperty("");
    /** Decisions to highlight in the spec pane (from a selected diagram node or a clicked decision). */
    public final ObservableList<String> highlightedDecisions = FXCollections.observableArrayList();
    public final StringProperty selectedNode = new SimpleStringProperty();

    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final DesignJob job;
    private long latestRequest;
    private boolean fillingForm;
    private boolean regenerationHeld;
    private boolean heldChange;

    public WorkbenchViewModel(TaskExecutor executor, Debouncer debouncer, DesignService service) {
        this.executor = executor;
        this.debouncer = debouncer;
        this.job = new DesignJob(service);
        // Marks follow the text before the debounced regeneration, so edited words lose theirs at once.
        sourceText.addListener((obs, old, text) -> sourceMarks.textChanged(text));
        targetText.addListener((obs, old, text) -> targetMarks.textChanged(text));
        sourceText.addListener(this::inputChanged);
        targetText.addListener(this::inputChanged);
        rateFactor.addListener(this::inputChanged);
        growthFactor.addListener(this::inputChanged);
        partitionOverride.addListener(this::inputChanged);
        // Each field writes only its own words; the what-if controls above never write into the texts.
        for (FormField field : FormField.values()) {
            for (Observable property : field.properties(form)) property.addListener(o -> formChanged(field));
        }
    }

    public BooleanBinding exportEnabled() {
        return Bindings.createBooleanBinding(() -> outcome.get() instanceof DesignOutcome.Ready, outcome);
    }

    public BooleanBinding refused() {
        return Bindings.createBooleanBinding(() -> outcome.get() instanceof DesignOutcome.Refused, outcome);
    }

    /** Fills both texts with the user's own example; regeneration follows. */
    public void loadSeed() {
        sourceText.set(SEED_SOURCE);
        targetText.set(SEED_TARGET);
    }

    /** Regenerates at once, skipping the debounce (Ctrl+Enter). */
    public void regenerateNow() {
        submit();
    }

    private void inputChanged(Observable ignored) {
        if (regenerationHeld) heldChange = true;
        else debouncer.debounce(this::submit);
    }

    /**
     * Holds regeneration while a control may still change its mind (a slider click that may become a double-click,
     * see ui.input.RateSliderClicks); releasing regenerates if an input changed meanwhile.
     */
    public void holdRegeneration(boolean hold) {
        regenerationHeld = hold;
        if (!hold && heldChange) {
            heldChange = false;
            debouncer.debounce(this::submit);
        }
    }

    private void formChanged(FormField field) {
        if (fillingForm || !form.validate()) return;
        Texts next = formWriter.write(field, new Texts(sourceText.get(), targetText.get()));
        if (next == null) return;
        // Only the text that changed is set, so an edit of one field regenerates once.
        if (!next.source().equals(sourceText.get())) sourceText.set(next.source());
        if (!next.target().equals(targetText.get())) targetText.set(next.target());
    }

    private void submit() {
        DesignJob.Request request = new DesignJob.Request(sourceText.get(), targetText.get(),
                WhatIf.of(rateFactor.get(), growthFactor.get(), partitionOverride.get()));
        long id = ++latestRequest;
        status.set("Generating…");
        executor.submit(() -> job.run(request), result -> {
            if (id == latestRequest) show(result);
        });
    }

    private void show(DesignOutcome result) {
        outcome.set(result);
        highlightedDecisions.clear();
        selectedNode.set(null);
        if (result instanceof DesignOutcome.Ready ready) {
            DesignResult.Generated generated = ready.result();
            showTrace(generated.input());
            // The form shows what the texts state, never the what-if's effective values: it writes them back.
            formWriter.show(ready.stated());
            fillingForm = true;
            try {
                form.fillFrom(ready.stated());
            } finally {
                fillingForm = false;
            }
            whatIfNote.set(WhatIfNote.of(generated.input()));
            status.set(String.format(java.util.Locale.ROOT, "Rule engine · %.1f ms · %d decisions · %d assumptions · %d warnings",
                    ready.millis(), generated.spec().decisions().size(), generated.spec().assumptions().size(),
                    generated.spec().decisions().stream().mapToInt(d -> d.warnings().size()).sum() + generated.spec().warnings().size())
                    + (whatIfNote.get().isEmpty() ? "" : " · " + whatIfNote.get()));
        } else {
            whatIfNote.set("");
            sourceMarks.clear();
            targetMarks.clear();
            objects.clear();
        }
        if (result instanceof DesignOutcome.Refused) {
            status.set("Refused: the input is unsafe. Nothing was generated.");
        } else if (result instanceof DesignOutcome.Problem problem) {
            status.set(problem.field() + ": " + problem.message());
        }
    }

    private void showTrace(DesignInput input) {
        sourceMarks.show(TextMarks.of(input.trace(), InputField.SOURCE), input.sourceText(), sourceText.get());
        targetMarks.show(TextMarks.of(input.trace(), InputField.TARGET), input.targetText(), targetText.get());
        objects.show(input);
    }

    /** The user selected a diagram node: highlight its decisions. */
    public void selectNode(String nodeId, java.util.List<String> decisionIds) {
        selectedNode.set(nodeId);
        highlightedDecisions.setAll(decisionIds);
    }

    /** The user selected a decision in the spec: highlight it and the diagram nodes it configures. */
    public void selectDecision(String decisionId) {
        selectedNode.set(null);
        highlightedDecisions.setAll(decisionId);
    }

    public void shutdown() {
        executor.shutdown();
    }
}
