package dev.cdcarchitect.ui.input;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.marks.MarkOverlay;
import dev.cdcarchitect.ui.marks.MarkTooltip;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The input pane (input.fxml): the source and target texts with their marks, and the what-if controls. The named
 * objects and the form are included views with controllers of their own.
 */
public final class InputController {

    @FXML ScrollPane inputScroll;
    @FXML VBox inputContent;
    @FXML TextArea sourceArea;
    @FXML TextArea targetArea;
    @FXML MarkOverlay sourceMarks;
    @FXML MarkOverlay targetMarks;
    @FXML Slider rateFactorSlider;
    @FXML Label rateFactorLabel;
    @FXML Slider growthSlider;
    @FXML Label growthLabel;
    @FXML Spinner<Integer> partitionSpinner;

    private final WorkbenchViewModel vm;
    private MarkTooltip sourceTips;
    private MarkTooltip targetTips;

    public InputController(WorkbenchViewModel vm) {
        this.vm = vm;
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
    }

    private void bindWhatIf() {
        // The slider holds a stop's position; the view model holds the factor (a project may hold one between stops).
        RateSliderClicks.bind(rateFactorSlider, vm.rateFactor, vm::holdRegeneration);
        rateFactorLabel.textProperty().bind(vm.rateFactor.asString("%.2fx"));
        growthSlider.valueProperty().bindBidirectional(vm.growthFactor);
        growthLabel.textProperty().bind(Bindings.createStringBinding(
                () -> vm.growthFactor.get() <= 0 ? "from text" : String.format(Locale.ROOT, "%.1fx", vm.growthFactor.get()),
                vm.growthFactor));
        partitionSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 4096, 0));
        partitionSpinner.valueProperty().addListener((obs, old, value) -> vm.partitionOverride.set(value == null ? 0 : value));
    }

    @FXML void resetRate() { vm.rateFactor.set(1); }

    public void focusSource() { sourceArea.requestFocus(); }

    public void focusTarget() { targetArea.requestFocus(); }

    /** The tooltip of the marks in the source (true) or target text. */
    public MarkTooltip markTooltip(boolean source) {
        return source ? sourceTips : targetTips;
    }
}
