package dev.cdcarchitect.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Gives one pane of the window's split the whole width, and gives the others back where they were (the diagram's
 * Maximise, issue 16: at the readable zoom the seed pipeline is ~1,430 px wide, more than twice its docked pane). The
 * other panes leave the split rather than being squeezed to nothing, so none of them keeps a sliver that takes
 * focus or clicks; what they show keeps following the design while they are away.
 */
final class PaneMaximiser {

    private final SplitPane split;
    private final Node pane;
    private final BooleanProperty maximised = new SimpleBooleanProperty(this, "maximised", false);
    private List<Node> panes = List.of();
    private double[] dividers = new double[0];

    PaneMaximiser(SplitPane split, Node pane) {
        this.split = split;
        this.pane = pane;
        maximised.addListener((obs, was, now) -> apply(now));
    }

    BooleanProperty maximisedProperty() {
        return maximised;
    }

    boolean isMaximised() {
        return maximised.get();
    }

    void toggle() {
        maximised.set(!maximised.get());
    }

    void restore() {
        maximised.set(false);
    }

    /** Where the dividers are in the usual layout, also while the pane is maximised (the window remembers these). */
    double[] dividerPositions() {
        return maximised.get() ? dividers.clone() : split.getDividerPositions();
    }

    private void apply(boolean maximise) {
        if (maximise) {
            panes = List.copyOf(split.getItems());
            dividers = split.getDividerPositions();
            split.getItems().setAll(pane);
        } else {
            split.getItems().setAll(panes);
            split.setDividerPositions(dividers);
        }
    }
}
