package dev.cdcarchitect.ui.spec;

import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The spec pane (spec.fxml): the shown design's specification, and room on its left for the LLM's answer. */
public final class SpecController {

    @FXML HBox specBox;
    @FXML SpecListView specList;

    private final SpecRenderer renderer;

    public SpecController(WorkbenchViewModel vm, Consumer<String> linkOpener) {
        this.renderer = new SpecRenderer(linkOpener, vm::selectDecision);
    }

    @FXML
    void initialize() {
        specList.setRenderer(renderer);
    }

    public void show(DesignSpec spec) { specList.show(spec); }

    public void clear() { specList.clear(); }

    public void highlight(List<String> decisionIds) { specList.highlight(decisionIds); }

    /**
     * Puts {@code pane} beside the spec (or takes it away); true when it was newly added. An HBox, not a SplitPane:
     * the SplitPane's clipping made the software renderer's spec repaint slower.
     */
    public boolean showBeside(Node pane, boolean shown) {
        if (!shown) {
            specBox.getChildren().remove(pane);
            return false;
        }
        if (specBox.getChildren().contains(pane)) return false;
        HBox.setHgrow(pane, Priority.ALWAYS);
        if (pane instanceof javafx.scene.layout.Region region) region.prefWidthProperty().bind(specBox.widthProperty().divide(2));
        specBox.getChildren().add(0, pane);
        return true;
    }
}
