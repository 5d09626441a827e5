package dev.cdcarchitect.ui;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.ui.form.FormViewModel;
import dev.cdcarchitect.ui.spec.SpecListView;
import dev.cdcarchitect.ui.spec.SpecRenderer;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/** Binds the FXML controls to the {@link WorkbenchViewModel} and forwards user actions; holds no state of its own. */
public final class WorkbenchController {

    @FXML BorderPane root;
    @FXML Button regenerateButton;
    @FXML MenuButton exportMenu;
    @FXML HBox refusalBanner;
    @FXML Label problemBanner;
    @FXML SplitPane split;
    @FXML TextArea sourceArea;
    @FXML TextArea targetArea;
    @FXML ComboBox<SourceEngine> engineBox;
    @FXML ComboBox<Hosting> hostingBox;
    @FXML TextField versionField;
    @FXML Label versionError;
    @FXML TextField volumeField;
    @FXML ComboBox<String> volumeUnitBox;
    @FXML Label volumeError;
    @FXML TextField rateField;
    @FXML Label rateError;
    @FXML CheckBox updateHeavyBox;
    @FXML CheckBox deleteHeavyBox;
    @FXML CheckBox appendOnlyBox;
    @FXML CheckBox burstyBox;
    @FXML CheckBox compositeBox;
    @FXML CheckBox missingKeysBox;
    @FXML ComboBox<KafkaPlatform> platformBox;
    @FXML CheckComboBox<TargetKind> targetsBox;
    @FXML CheckBox exactlyOnceBox;
    @FXML TextField latencyField;
    @FXML Label latencyError;
    @FXML TextField retentionField;
    @FXML Label retentionError;
    @FXML Slider rateFactorSlider;
    @FXML Label rateFactorLabel;
    @FXML Slider growthSlider;
    @FXML Label growthLabel;
    @FXML Spinner<Integer> partitionSpinner;
    @FXML SpecListView specList;
    @FXML TopologyView topologyView;
    @FXML Label statusLabel;

    private final WorkbenchViewModel vm;
    private final SpecRenderer renderer;
    private boolean syncingTargets;

    public WorkbenchController(WorkbenchViewModel vm, Consumer<String> linkOpener) {
        this.vm = vm;
        this.renderer = new SpecRenderer(linkOpener, vm::selectDecision);
    }

    @FXML
    void initialize() {
        sourceArea.textProperty().bindBidirectional(vm.sourceText);
        targetArea.textProperty().bindBidirectional(vm.targetText);
        bindForm(vm.form);
        bindWhatIf();
        specList.setRenderer(renderer);
        statusLabel.textProperty().bind(vm.status);
        exportMenu.disableProperty().bind(vm.exportEnabled().not());
        vm.outcome.addListener((obs, old, outcome) -> show(outcome));
        vm.highlightedDecisions.addListener((ListChangeListener<String>) c -> highlight());
        topologyView.setOnSelect(vm::selectNode);
        show(vm.outcome.get());
    }

    private void bindForm(FormViewModel form) {
        engineBox.getItems().setAll(SourceEngine.values());
        engineBox.setConverter(new EnumConverter<>(SourceEngine.class, SourceEngine::displayName));
        engineBox.valueProperty().bindBidirectional(form.engine);
        hostingBox.getItems().setAll(Hosting.values());
        hostingBox.setConverter(new EnumConverter<>(Hosting.class, Hosting::displayName));
        hostingBox.valueProperty().bindBidirectional(form.hosting);
        platformBox.getItems().setAll(KafkaPlatform.values());
        platformBox.setConverter(new EnumConverter<>(KafkaPlatform.class, KafkaPlatform::displayName));
        platformBox.valueProperty().bindBidirectional(form.platform);
        volumeUnitBox.getItems().setAll(FormViewModel.VOLUME_UNITS);
        volumeUnitBox.valueProperty().bindBidirectional(form.volumeUnit);
        bindField(versionField, form.version, versionError, form.versionError);
        bindField(volumeField, form.volume, volumeError, form.volumeError);
        bindField(rateField, form.rate, rateError, form.rateError);
        bindField(latencyField, form.latencyMillis, latencyError, form.latencyError);
        bindField(retentionField, form.retentionDays, retentionError, form.retentionError);
        updateHeavyBox.selectedProperty().bindBidirectional(form.updateHeavy);
        deleteHeavyBox.selectedProperty().bindBidirectional(form.deleteHeavy);
        appendOnlyBox.selectedProperty().bindBidirectional(form.appendOnly);
        burstyBox.selectedProperty().bindBidirectional(form.bursty);
        compositeBox.selectedProperty().bindBidirectional(form.compositeKeys);
        missingKeysBox.selectedProperty().bindBidirectional(form.missingKeys);
        exactlyOnceBox.selectedProperty().bindBidirectional(form.exactlyOnce);

        targetsBox.getItems().setAll(TargetKind.values());
        targetsBox.setConverter(new EnumConverter<>(TargetKind.class, TargetKind::displayName));
        syncTargetsToControl(form);
        form.targets.addListener((ListChangeListener<TargetKind>) c -> syncTargetsToControl(form));
        targetsBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<TargetKind>) c -> {
            if (syncingTargets) return;
            List<TargetKind> checked = List.copyOf(targetsBox.getCheckModel().getCheckedItems());
            if (!checked.equals(form.targets)) form.targets.setAll(checked);
        });
    }

    private void syncTargetsToControl(FormViewModel form) {
        syncingTargets = true;
        try {
            targetsBox.getCheckModel().clearChecks();
            for (TargetKind kind : form.targets) targetsBox.getCheckModel().check(kind);
        } finally {
            syncingTargets = false;
        }
    }

    private static void bindField(TextField field, StringProperty value, Label errorLabel, StringProperty error) {
        field.textProperty().bindBidirectional(value);
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(error.isNotEmpty());
        errorLabel.managedProperty().bind(error.isNotEmpty());
        error.addListener((obs, old, message) -> {
            field.getStyleClass().remove("invalid");
            if (!message.isEmpty()) field.getStyleClass().add("invalid");
        });
    }

    private void bindWhatIf() {
        rateFactorSlider.valueProperty().bindBidirectional(vm.rateFactor);
        rateFactorLabel.textProperty().bind(vm.rateFactor.asString("%.2fx"));
        growthSlider.valueProperty().bindBidirectional(vm.growthFactor);
        growthLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.growthFactor.get() <= 0 ? "from text" : String.format(java.util.Locale.ROOT, "%.1fx", vm.growthFactor.get()),
                vm.growthFactor));
        partitionSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 4096, 0));
        partitionSpinner.valueProperty().addListener((obs, old, value) -> vm.partitionOverride.set(value == null ? 0 : value));
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
            specList.show(result.spec());
            topologyView.show(result.topology(), ready.layout());
            if (topologyView.getWidth() > 0) topologyView.fit();
        } else {
            specList.clear();
            topologyView.clear();
            if (outcome instanceof DesignOutcome.Problem p) problemBanner.setText(p.field() + ": " + p.message());
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
    }

    public SplitPane split() {
        return split;
    }

    public TopologyView topologyView() {
        return topologyView;
    }

    @FXML void regenerate() { vm.regenerateNow(); }

    @FXML void loadExample() { vm.loadSeed(); }

    @FXML void zoomIn() { topologyView.zoomBy(1.2); }

    @FXML void zoomOut() { topologyView.zoomBy(1 / 1.2); }

    @FXML public void fit() { topologyView.fit(); }
}
