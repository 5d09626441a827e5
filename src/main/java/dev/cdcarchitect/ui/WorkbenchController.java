package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.NextFrame;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.design.WhatIfSteps;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.ui.checks.CheckRunViewModel;
import dev.cdcarchitect.ui.checks.ChecksMenu;
import dev.cdcarchitect.ui.export.ExportFolderMemory;
import dev.cdcarchitect.ui.export.ExportMenu;
import dev.cdcarchitect.ui.export.ExportViewModel;
import dev.cdcarchitect.ui.export.FxExportTargetChooser;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import dev.cdcarchitect.ui.marks.MarkOverlay;
import dev.cdcarchitect.ui.marks.MarkTooltip;
import dev.cdcarchitect.ui.llm.LlmSettingsDialog;
import dev.cdcarchitect.ui.llm.LlmViewModel;
import dev.cdcarchitect.ui.project.Autosave;
import dev.cdcarchitect.ui.project.ProjectViewModel;
import dev.cdcarchitect.ui.project.ProjectMenu;
import dev.cdcarchitect.ui.spec.SpecListView;
import dev.cdcarchitect.ui.spec.SpecRenderer;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the FXML controls to the {@link WorkbenchViewModel} and forwards user actions; holds no state of its own. */
public final class WorkbenchController {

    @FXML BorderPane root;
    @FXML Button regenerateButton;
    @FXML MenuButton exportMenu;
    @FXML MenuButton checkMenu;
    @FXML HBox refusalBanner;
    @FXML Label problemBanner;
    @FXML SplitPane split;
    @FXML TextArea sourceArea;
    @FXML TextArea targetArea;
    @FXML MarkOverlay sourceMarks;
    @FXML MarkOverlay targetMarks;
    @FXML Slider rateFactorSlider;
    @FXML Label rateFactorLabel;
    @FXML Slider growthSlider;
    @FXML Label growthLabel;
    @FXML Spinner<Integer> partitionSpinner;
    @FXML SpecListView specList;
    @FXML TopologyView topologyView;
    @FXML Label whatIfCaption;
    @FXML Label statusLabel;
    @FXML HBox specBox;
    @FXML org.controlsfx.control.SegmentedButton engineSwitch;
    @FXML ToggleButton rulesEngineButton;
    @FXML ToggleButton llmEngineButton;
    @FXML VBox llmPane;
    @FXML Label llmStatus;
    @FXML VBox llmFindingsBox;
    @FXML ListView<String> llmFindings;
    @FXML TextArea llmText;
    @FXML Button askLlmButton;
    @FXML Button cancelLlmButton;
    @FXML javafx.scene.control.Menu recentMenu;
    @FXML javafx.scene.control.MenuItem undoItem;
    @FXML javafx.scene.control.MenuItem redoItem;
    @FXML javafx.scene.control.ChoiceBox<String> designChoice;
    @FXML javafx.scene.control.MenuButton projectMenu;
    @FXML javafx.scene.control.Menu variantMenu;
    @FXML HBox exportBar;
    @FXML ProgressIndicator exportProgress;
    @FXML Label exportMessage;
    @FXML Button exportOpenFolder;
    @FXML Button exportCancel;
    @FXML Button exportDismiss;

    private final WorkbenchViewModel vm;
    private MarkTooltip sourceTips;
    private MarkTooltip targetTips;
    private final SpecRenderer renderer;
    private final Consumer<String> linkOpener;
    private final WorkbenchServices services;
    private final ExportViewModel export;
    private ExportMenu exportMenuItems;
    private ChecksMenu checks;
    private final LlmViewModel llm;
    private boolean keyChainRead;
    private ProjectMenu projectActions;
    /** The outcome whose spec and diagram are both in the window (the spec follows the diagram by one frame). */
    private final ReadOnlyObjectWrapper<DesignOutcome> drawnOutcome = new ReadOnlyObjectWrapper<>();

    public WorkbenchController(WorkbenchViewModel vm, WorkbenchServices services) {
        this.vm = vm;
        this.services = services;
        this.linkOpener = services.linkOpener();
        this.export = new ExportViewModel(services.export(), ExportFolderMemory.forUser());
        this.llm = new LlmViewModel(new PromptFileLoader().loadBundled(), services.llm(), javafx.application.Platform::runLater);
        this.renderer = new SpecRenderer(linkOpener, vm::selectDecision);
    }

    @FXML
    void initialize() {
        sourceArea.textProperty().bindBidirectional(vm.sourceText);
        targetArea.textProperty().bindBidirectional(vm.targetText);
        sourceMarks.attach(sourceArea, vm.sourceMarks.visible());
        targetMarks.attach(targetArea, vm.targetMarks.visible());
        sourceTips = MarkTooltip.install(sourceArea, sourceMarks);
        targetTips = MarkTooltip.install(targetArea, targetMarks);
        bindWhatIf();
        specList.setRenderer(renderer);
        statusLabel.textProperty().bind(vm.status);
        exportMenu.disableProperty().bind(vm.exportEnabled().not());
        bindExport();
        checks = new ChecksMenu(checkMenu, new CheckRunViewModel(Platform::runLater),
                this::currentDesign, vm.exportEnabled(), () -> root.getScene() == null ? null : root.getScene().getWindow());
        bindLlm();
        vm.outcome.addListener((obs, old, outcome) -> show(outcome));
        vm.highlightedDecisions.addListener((ListChangeListener<String>) c -> highlight());
        topologyView.setOnSelect(vm::selectNode);
        show(vm.outcome.get());
    }

    private void bindExport() {
        exportMenuItems = new ExportMenu(exportMenu, export, this::currentDesign,
                new FxExportTargetChooser(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        exportBar.visibleProperty().bind(export.state.isNotEqualTo(ExportViewModel.State.IDLE));
        exportBar.managedProperty().bind(exportBar.visibleProperty());
        exportMessage.textProperty().bind(export.message);
        var running = export.state.isEqualTo(ExportViewModel.State.RUNNING);
        exportProgress.visibleProperty().bind(running);
        exportProgress.managedProperty().bind(running);
        exportCancel.visibleProperty().bind(running);
        exportCancel.managedProperty().bind(running);
        exportDismiss.visibleProperty().bind(running.not());
        exportDismiss.managedProperty().bind(running.not());
        var done = export.state.isEqualTo(ExportViewModel.State.DONE);
        exportOpenFolder.visibleProperty().bind(done);
        exportOpenFolder.managedProperty().bind(done);
        export.state.addListener((obs, old, state) -> {
            if (state == ExportViewModel.State.FAILED) exportBar.getStyleClass().add("failed");
            else exportBar.getStyleClass().remove("failed");
        });
        export.refusal.addListener((obs, old, reason) -> {
            if (reason.isEmpty()) return;
            // A refused folder needs a new choice from the user, so it gets a dialog, not only the export bar.
            Alert alert = new Alert(Alert.AlertType.WARNING, reason);
            alert.setHeaderText("This folder was not exported into");
            if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
            alert.show();
        });
    }

    private void bindLlm() {
        engineSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) old.setSelected(true); // one engine is always chosen
            else llm.engine.set(now == llmEngineButton ? LlmViewModel.Engine.LLM : LlmViewModel.Engine.RULES);
        });
        llm.engine.addListener((obs, old, engine) -> {
            boolean on = engine == LlmViewModel.Engine.LLM;
            (on ? llmEngineButton : rulesEngineButton).setSelected(true);
            // An HBox, not a SplitPane: the SplitPane's clipping made the software renderer's spec repaint slower.
            if (on && !specBox.getChildren().contains(llmPane)) {
                HBox.setHgrow(llmPane, javafx.scene.layout.Priority.ALWAYS);
                llmPane.prefWidthProperty().bind(specBox.widthProperty().divide(2));
                specBox.getChildren().add(0, llmPane);
                // Two texts side by side need room: the middle pane grows to at least 45% of the window.
                double[] dividers = split.getDividerPositions();
                if (dividers.length == 2 && dividers[1] - dividers[0] < 0.45) split.setDividerPositions(dividers[0], Math.min(0.85, dividers[0] + 0.45));
                readKeyChainOnce();
            } else if (!on) {
                llm.cancel();
                specBox.getChildren().remove(llmPane);
            }
        });
        llmStatus.textProperty().bind(llm.status);
        llm.answer.addListener((obs, old, now) -> {
            // Appending keeps a long streamed answer cheap to show; anything else replaces the text.
            if (now.startsWith(old) && !old.isEmpty()) llmText.appendText(now.substring(old.length()));
            else llmText.setText(now);
        });
        llmFindings.setItems(llm.findings);
        var showFindings = javafx.beans.binding.Bindings.isNotEmpty(llm.findings).and(llm.state.isEqualTo(LlmViewModel.State.DONE));
        llmFindingsBox.visibleProperty().bind(showFindings);
        llmFindingsBox.managedProperty().bind(showFindings);
        var streaming = llm.state.isEqualTo(LlmViewModel.State.STREAMING);
        cancelLlmButton.visibleProperty().bind(streaming);
        cancelLlmButton.managedProperty().bind(streaming);
        askLlmButton.disableProperty().bind(streaming);
    }

    /** The first time the LLM is chosen: a key kept in the OS keychain is read, off the FX thread. */
    private void readKeyChainOnce() {
        if (keyChainRead) return;
        keyChainRead = true;
        var provider = llm.provider.get();
        services.llm().execute(() -> services.keyChain().load(provider).ifPresent(key -> javafx.application.Platform.runLater(() -> {
            if (llm.apiKey.get().isBlank()) llm.apiKey.set(key);
        })));
    }

    public LlmViewModel llm() {
        return llm;
    }

    @FXML void askLlm() {
        if (llm.engine.get() != LlmViewModel.Engine.LLM) llm.engine.set(LlmViewModel.Engine.LLM);
        llm.ask(vm.sourceText.get(), vm.targetText.get());
    }

    @FXML void cancelLlm() { llm.cancel(); }

    @FXML void keepLlm() { llm.keep(); }

    @FXML void useRules() { llm.engine.set(LlmViewModel.Engine.RULES); }

    @FXML void openLlmSettings() {
        LlmSettingsDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), llm, services.keyChain(), services.llm(),
                javafx.application.Platform::runLater);
    }

    /**
     * FX thread, once the seed design is in the window: the project behind it starts (an untitled one-design
     * project), with the Project menu, the design chooser and the window title.
     */
    public ProjectViewModel startProject(Autosave autosave, String appVersion) {
        ProjectViewModel project = new ProjectViewModel(vm, services.projectIo(), autosave, appVersion);
        projectActions = new ProjectMenu(project, services.projectIo(), designChoice, undoItem, redoItem, recentMenu, () -> root.getScene().getWindow(), vm.status::set);
        projectActions.offerVariantsIn(projectMenu, variantMenu);
        return project;
    }

    public ProjectViewModel project() {
        return projectActions == null ? null : projectActions.project();
    }

    /** Opens a project file (a drop on the window). */
    public void open(java.nio.file.Path file) {
        if (projectActions != null) projectActions.open(file);
    }

    /** True when nothing unsaved would be lost (no project yet, nothing modified, or the user chose). */
    public boolean confirmDiscard() {
        return projectActions == null || projectActions.confirmDiscard();
    }

    /** A dropped prompt file (or the reason it could not be read). */
    public void usePrompt(Object loaded) {
        if (loaded instanceof dev.cdcarchitect.llm.prompt.PromptFile prompt) {
            llm.usePrompt(prompt);
            vm.status.set("LLM prompt: " + prompt.name() + " (" + prompt.model() + ").");
        } else {
            if (projectActions != null) projectActions.report(String.valueOf(loaded));
            else vm.status.set(String.valueOf(loaded));
        }
    }

    @FXML void newProject() { if (projectActions != null) projectActions.newProject(); }

    @FXML void openProject() { if (projectActions != null) projectActions.openChosen(); }

    @FXML void saveProject() { if (projectActions != null) projectActions.save(); }

    @FXML void saveProjectAs() { if (projectActions != null) projectActions.saveAs(); }

    @FXML void compareDesigns() { if (projectActions != null) projectActions.compare(); }

    @FXML void undo() { if (project() != null) project().undo(); }

    @FXML void redo() { if (project() != null) project().redo(); }

    // issue 16 (compare/variants): the design list's own actions, forwarded like the others
    @FXML void renameDesign() { if (projectActions != null) projectActions.renameDesign(); }

    @FXML void deleteDesign() { if (projectActions != null) projectActions.deleteDesign(); }

    @FXML void moveDesignUp() { if (projectActions != null) projectActions.moveDesign(-1); }

    @FXML void moveDesignDown() { if (projectActions != null) projectActions.moveDesign(1); }

    @FXML void variantProtobuf() { variant("Protobuf"); }

    @FXML void variantExactlyOnce() { variant("exactly-once"); }

    @FXML void variantAtLeastOnce() { variant("at-least-once"); }

    @FXML void variantRate() { variant("50k TPS"); }

    @FXML void variantTarget() { variant("Elasticsearch"); }

    @FXML void variantDebeziumServer() { variant("Debezium Server"); }

    @FXML void variantKafkaConnect() { variant("Kafka Connect"); }

    private void variant(String kind) {
        if (project() != null) project().addVariant(kind);
    }

    private DesignResult.Generated currentDesign() {
        return vm.outcome.get() instanceof DesignOutcome.Ready ready ? ready.result() : null;
    }

    public ExportMenu exportMenu() {
        return exportMenuItems;
    }

    /** Rehearse… and Validate on Connect… (issue 15). */
    public ChecksMenu checks() {
        return checks;
    }

    public ExportViewModel export() {
        return export;
    }

    @FXML void openExportFolder() {
        if (export.resultFolder.get() != null) linkOpener.accept(export.resultFolder.get().toUri().toString());
    }

    @FXML void cancelExport() { export.cancel(); }

    @FXML void dismissExport() { export.dismiss(); }

    private void bindWhatIf() {
        // The slider holds a stop's position; the view model holds the factor (a project may hold one between stops).
        rateFactorSlider.setMin(0);
        rateFactorSlider.setMax(WhatIfSteps.last());
        rateFactorSlider.setValue(WhatIfSteps.nearest(vm.rateFactor.get()));
        rateFactorSlider.valueProperty().addListener((obs, old, position) -> {
            if (WhatIfSteps.nearest(vm.rateFactor.get()) != Math.round(position.doubleValue())) {
                vm.rateFactor.set(WhatIfSteps.factorAt(position.doubleValue()));
            }
        });
        vm.rateFactor.addListener((obs, old, factor) -> rateFactorSlider.setValue(WhatIfSteps.nearest(factor.doubleValue())));
        rateFactorSlider.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) resetRate();
        });
        rateFactorLabel.textProperty().bind(vm.rateFactor.asString("%.2fx"));
        growthSlider.valueProperty().bindBidirectional(vm.growthFactor);
        growthLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.growthFactor.get() <= 0 ? "from text" : String.format(java.util.Locale.ROOT, "%.1fx", vm.growthFactor.get()),
                vm.growthFactor));
        partitionSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 4096, 0));
        partitionSpinner.valueProperty().addListener((obs, old, value) -> vm.partitionOverride.set(value == null ? 0 : value));
        whatIfCaption.textProperty().bind(vm.whatIfNote);
        whatIfCaption.visibleProperty().bind(vm.whatIfNote.isNotEmpty());
        whatIfCaption.managedProperty().bind(vm.whatIfNote.isNotEmpty());
    }

    private void show(DesignOutcome outcome) {
        boolean refused = outcome instanceof DesignOutcome.Refused;
        refusalBanner.setVisible(refused);
        refusalBanner.setManaged(refused);
        boolean problem = outcome instanceof DesignOutcome.Problem;
        problemBanner.setVisible(problem);
        problemBanner.setManaged(problem);
        if (outcome instanceof DesignOutcome.Ready ready) {
            DesignResult.Generated result = ready.result();
            topologyView.show(result.topology(), ready.layout());
            if (topologyView.getWidth() > 0) topologyView.fit();
            NextFrame.run(() -> {
                if (vm.outcome.get() != ready) return; // a newer design has arrived and will draw itself
                specList.show(result.spec());
                drawnOutcome.set(ready);
            });
        } else {
            specList.clear();
            topologyView.clear();
            if (outcome instanceof DesignOutcome.Problem p) problemBanner.setText(p.field() + ": " + p.message());
            drawnOutcome.set(outcome);
        }
    }

    private void highlight() {
        List<String> ids = List.copyOf(vm.highlightedDecisions);
        specList.highlight(ids);
        topologyView.highlight(ids);
        if (vm.selectedNode.get() == null) topologyView.select(null);
    }

    /** Keyboard shortcuts for the main actions. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::regenerate);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::regenerate);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), sourceArea::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), targetArea::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), this::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), this::fit);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::askLlm);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (!exportMenu.isDisabled()) exportMenu.show();
        });
    }

    public ReadOnlyObjectProperty<DesignOutcome> drawnOutcome() {
        return drawnOutcome.getReadOnlyProperty();
    }

    /** The tooltip of the marks in the source (true) or target text. */
    public MarkTooltip markTooltip(boolean source) {
        return source ? sourceTips : targetTips;
    }

    public SplitPane split() {
        return split;
    }

    public TopologyView topologyView() {
        return topologyView;
    }

    @FXML void resetRate() { vm.rateFactor.set(1); }

    @FXML void regenerate() { vm.regenerateNow(); }

    @FXML void loadExample() { vm.loadSeed(); }

    @FXML void zoomIn() { topologyView.zoomBy(1.2); }

    @FXML void zoomOut() { topologyView.zoomBy(1 / 1.2); }

    @FXML public void fit() { topologyView.fit(); }
}
