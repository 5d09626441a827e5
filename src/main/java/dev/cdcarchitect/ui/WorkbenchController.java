package dev.cdcarchitect.ui;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.llm.prompt.PromptFile;
import dev.cdcarchitect.ui.checks.CheckRunViewModel;
import dev.cdcarchitect.ui.checks.ChecksMenu;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.diagram.DiagramController;
import dev.cdcarchitect.ui.export.ExportMenu;
import dev.cdcarchitect.ui.export.ExportViewModel;
import dev.cdcarchitect.ui.export.FxExportTargetChooser;
import dev.cdcarchitect.ui.fx.NextFrame;
import dev.cdcarchitect.ui.impact.ImpactController;
import dev.cdcarchitect.ui.input.InputController;
import dev.cdcarchitect.ui.llm.LlmPaneController;
import dev.cdcarchitect.ui.llm.LlmViewModel;
import dev.cdcarchitect.ui.marks.MarkTooltip;
import dev.cdcarchitect.ui.project.Autosave;
import dev.cdcarchitect.ui.project.ProjectController;
import dev.cdcarchitect.ui.project.ProjectViewModel;
import dev.cdcarchitect.ui.spec.SpecController;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The shell of the window (workbench.fxml): the toolbar, banners and status bar, and the feature views it
 * includes (input, spec, diagram, LLM, export bar, project), each with its own controller. It forwards toolbar
 * actions and shortcuts to them and puts a new design into the spec and the diagram; it holds no state of its own.
 */
public final class WorkbenchController {

    @FXML BorderPane root;
    @FXML MenuButton exportMenu;
    @FXML MenuButton checkMenu;
    @FXML HBox refusalBanner;
    @FXML Label problemBanner;
    @FXML SplitPane split;
    @FXML javafx.scene.Node diagram;
    @FXML Label statusLabel;
    @FXML org.controlsfx.control.SegmentedButton engineSwitch;
    @FXML ToggleButton rulesEngineButton;
    @FXML ToggleButton llmEngineButton;
    @FXML ToggleButton impactToggle;
    @FXML InputController inputController;
    @FXML SpecController specController;
    @FXML DiagramController diagramController;
    @FXML LlmPaneController llmController;
    @FXML ProjectController projectController;
    @FXML ImpactController impactController;

    private final WorkbenchViewModel vm;
    private final ExportViewModel export;
    private final LlmViewModel llm;
    private ExportMenu exportMenuItems;
    private ChecksMenu checks;
    private PaneMaximiser diagramMaximiser;
    /** The outcome whose spec and diagram are both in the window (shown in the same event, decision 0022). */
    private final ReadOnlyObjectWrapper<DesignOutcome> drawnOutcome = new ReadOnlyObjectWrapper<>();

    public WorkbenchController(WorkbenchViewModel vm, ExportViewModel export, LlmViewModel llm) {
        this.vm = vm;
        this.export = export;
        this.llm = llm;
    }

    @FXML
    void initialize() {
        statusLabel.textProperty().bind(vm.status);
        exportMenu.disableProperty().bind(vm.exportEnabled().not());
        exportMenuItems = new ExportMenu(exportMenu, export, this::currentDesign, new FxExportTargetChooser(this::window));
        checks = new ChecksMenu(checkMenu, new CheckRunViewModel(Platform::runLater), this::currentDesign, vm.exportEnabled(), this::window);
        bindDiagramMaximise();
        bindEngineSwitch();
        bindImpactToggle();
        vm.outcome.addListener((obs, old, outcome) -> show(outcome));
        vm.highlightedDecisions.addListener((ListChangeListener<String>) c -> highlight());
        show(vm.outcome.get());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Maximise gives the diagram the window's width and fits it there; Restore (or Esc) gives the panes back. */
    private void bindDiagramMaximise() {
        diagramMaximiser = new PaneMaximiser(split, diagram);
        diagramMaximiser.maximisedProperty().bindBidirectional(diagramController.maximisedProperty());
        diagramMaximiser.maximisedProperty().addListener((obs, was, now) -> {
            // Fit now; the pane's resize in the next layout fits again at its new width.
            diagramController.fit();
            topologyView().requestFocus();
        });
    }

    private void bindEngineSwitch() {
        engineSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) old.setSelected(true); // one engine is always chosen
            else llm.engine.set(now == llmEngineButton ? LlmViewModel.Engine.LLM : LlmViewModel.Engine.RULES);
        });
        llm.engine.addListener((obs, old, engine) -> {
            boolean on = engine == LlmViewModel.Engine.LLM;
            (on ? llmEngineButton : rulesEngineButton).setSelected(true);
            if (!on) llm.cancel();
            else diagramMaximiser.restore(); // the answer opens beside the spec, which must be there
            if (specController.showBeside(llmController.pane(), on)) {
                widenMiddlePane(0.45);
                llmController.readKeyChainOnce();
            }
        });
    }

    /** The impact panel opens beside the spec (toolbar toggle, Ctrl+I) and closes with Esc or its Close button. */
    private void bindImpactToggle() {
        impactToggle.selectedProperty().bindBidirectional(impactController.openProperty());
        impactController.openProperty().addListener((obs, was, open) -> {
            if (open) diagramMaximiser.restore();
            // The picker and the findings need more room than a streamed answer.
            if (specController.showBeside(impactController.pane(), open)) widenMiddlePane(0.55);
            if (open) NextFrame.run(impactController::focusPicker);
            else if (impactController.pane().getScene() == null) impactToggle.requestFocus(); // focus leaves with the pane
        });
    }

    /** Two texts side by side need room: the middle pane grows to at least {@code share} of the window. */
    private void widenMiddlePane(double share) {
        double[] dividers = split.getDividerPositions();
        if (dividers.length == 2 && dividers[1] - dividers[0] < share) split.setDividerPositions(dividers[0], Math.min(0.85, dividers[0] + share));
    }

    private void show(DesignOutcome outcome) {
        boolean refused = outcome instanceof DesignOutcome.Refused;
        refusalBanner.setVisible(refused);
        refusalBanner.setManaged(refused);
        boolean problem = outcome instanceof DesignOutcome.Problem;
        problemBanner.setVisible(problem);
        problemBanner.setManaged(problem);
        diagramController.show(outcome);
        // Spec and diagram in the same frame: painted one frame apart, the spec's frame waited for the diagram's
        // paint and made both the redraw and its longest frame gap longer (decision 0022).
        if (outcome instanceof DesignOutcome.Ready ready) specController.show(ready.result().spec());
        else specController.clear();
        if (outcome instanceof DesignOutcome.Problem p) problemBanner.setText(p.field() + ": " + p.message());
        drawnOutcome.set(outcome);
    }

    private void highlight() {
        List<String> ids = List.copyOf(vm.highlightedDecisions);
        specController.highlight(ids);
        diagramController.highlight(ids);
    }

    private DesignResult.Generated currentDesign() {
        return vm.outcome.get() instanceof DesignOutcome.Ready ready ? ready.result() : null;
    }

    /** Keyboard shortcuts for the main actions. */
    public void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::regenerate);
        keys.put(new KeyCodeCombination(KeyCode.F5), this::regenerate);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), inputController::focusSource);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), inputController::focusTarget);
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), this::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), this::fit);
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), llmController::askLlm);
        keys.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), impactController::toggle);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (!exportMenu.isDisabled()) exportMenu.show();
        });
        keys.put(DiagramController.MAXIMISE, diagramMaximiser::toggle);
        // A filter: before the diagram's own Esc (clear the selection), as Esc closes the diagram's window.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && diagramMaximiser.isMaximised()) {
                diagramMaximiser.restore();
                e.consume();
            }
        });
    }

    // What the application and tests reach through the shell.

    public ProjectViewModel startProject(Autosave autosave, String appVersion) { return projectController.startProject(autosave, appVersion); }

    public ProjectViewModel project() { return projectController.project(); }

    public void open(Path file) { projectController.open(file); }

    public boolean confirmDiscard() { return projectController.confirmDiscard(); }

    /** A dropped prompt file (or the reason it could not be read). */
    public void usePrompt(Object loaded) {
        if (loaded instanceof PromptFile prompt) {
            llm.usePrompt(prompt);
            vm.status.set("LLM prompt: " + prompt.name() + " (" + prompt.model() + ").");
        } else {
            projectController.report(String.valueOf(loaded));
        }
    }

    public LlmViewModel llm() { return llm; }

    public ExportViewModel export() { return export; }

    public ExportMenu exportMenu() { return exportMenuItems; }

    /** Rehearse… and Validate on Connect… (issue 15). */
    public ChecksMenu checks() { return checks; }

    public ReadOnlyObjectProperty<DesignOutcome> drawnOutcome() { return drawnOutcome.getReadOnlyProperty(); }

    /** The tooltip of the marks in the source (true) or target text. */
    public MarkTooltip markTooltip(boolean source) { return inputController.markTooltip(source); }

    public SplitPane split() { return split; }

    /** The input/spec/diagram dividers of the usual layout, also while the diagram is maximised. */
    public double[] dividerPositions() { return diagramMaximiser.dividerPositions(); }

    /** Gives the diagram the window's width (true) or the three panes back. */
    public void maximiseDiagram(boolean maximised) { diagramMaximiser.maximisedProperty().set(maximised); }

    public boolean diagramMaximised() { return diagramMaximiser.isMaximised(); }

    public TopologyView topologyView() { return diagramController.topologyView(); }

    public ImpactController impact() { return impactController; }

    @FXML void openLlmSettings() { llmController.openSettings(window()); }

    @FXML void regenerate() { vm.regenerateNow(); }

    @FXML void loadExample() { vm.loadSeed(); }

    @FXML void zoomIn() { diagramController.zoomIn(); }

    @FXML void zoomOut() { diagramController.zoomOut(); }

    @FXML public void fit() { diagramController.fit(); }
}
