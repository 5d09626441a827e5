package dev.cdcarchitect.ui.diagram;

import dev.cdcarchitect.ui.design.DesignOutcome;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.topology.TopologyView;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The diagram pane (diagram.fxml): the topology of the shown design, its what-if caption, zoom and selection. */
public final class DiagramController {

    @FXML Label whatIfCaption;
    @FXML TopologyView topologyView;

    private final WorkbenchViewModel vm;

    public DiagramController(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    @FXML
    void initialize() {
        whatIfCaption.textProperty().bind(vm.whatIfNote);
        whatIfCaption.visibleProperty().bind(vm.whatIfNote.isNotEmpty());
        whatIfCaption.managedProperty().bind(vm.whatIfNote.isNotEmpty());
        topologyView.setOnSelect(vm::selectNode);
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
