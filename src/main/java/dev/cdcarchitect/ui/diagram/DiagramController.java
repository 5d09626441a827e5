package dev.cdcarchitect.ui.diagram;

import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The diagram pane (diagram.fxml): the topology of the shown design, its what-if caption, zoom and selection, and
 * the Maximise toggle over it (the shell gives the pane the window's width).
 */
public final class DiagramController {

    /** Maximises the diagram pane, or restores the three panes. */
    public static final KeyCodeCombination MAXIMISE =
            new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @FXML Label whatIfCaption;
    @FXML TopologyView topologyView;

    private final WorkbenchViewModel vm;
    private final ToggleButton maximise = new ToggleButton();

    public DiagramController(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    @FXML
    void initialize() {
        whatIfCaption.textProperty().bind(vm.whatIfNote);
        whatIfCaption.visibleProperty().bind(vm.whatIfNote.isNotEmpty());
        whatIfCaption.managedProperty().bind(vm.whatIfNote.isNotEmpty());
        topologyView.setOnSelect(vm::selectNode);
        maximise.getStyleClass().add("diagram-maximise");
        maximise.textProperty().bind(Bindings.when(maximise.selectedProperty()).then("Restore").otherwise("Maximise"));
        maximise.setAccessibleText("Give the diagram the window's whole width, or give the input and the spec back (Ctrl+Shift+M; Esc restores)");
        maximise.setTooltip(new Tooltip("Give the diagram the window's whole width (Ctrl+Shift+M); Esc restores"));
        topologyView.addAction(maximise);
    }

    /** Whether the diagram has the window's width; the shell makes it so. */
    public BooleanProperty maximisedProperty() {
        return maximise.selectedProperty();
    }

    /** Draws a ready design (fitted when the pane has a size), or clears the diagram for anything else. */
    public void show(DesignOutcome outcome) {
        if (outcome instanceof DesignOutcome.Ready ready) {
            topologyView.show(ready.result().topology(), ready.layout());
            if (topologyView.getWidth() > 0) topologyView.fit();
        } else {
            topologyView.clear();
        }
    }

    public void highlight(List<String> decisionIds) {
        topologyView.highlight(decisionIds);
        if (vm.selectedNode.get() == null) topologyView.select(null);
    }

    public TopologyView topologyView() {
        return topologyView;
    }

    public void zoomIn() { topologyView.zoomBy(1.2); }

    public void zoomOut() { topologyView.zoomBy(1 / 1.2); }

    public void fit() { topologyView.fit(); }
}
