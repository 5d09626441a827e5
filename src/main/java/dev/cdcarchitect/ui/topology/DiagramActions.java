package dev.cdcarchitect.ui.topology;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The buttons over the docked diagram's top-right corner: "Open in window", and whatever the workbench adds
 * before it (Maximise). They never take keyboard focus from the diagram, and a click on them is no click on empty
 * space (which would clear the selection).
 */
final class DiagramActions extends HBox {

    DiagramActions(Runnable openInWindow) {
        super(6);
        setPickOnBounds(false);
        Button open = new Button("Open in window");
        open.getStyleClass().add("diagram-open-window");
        open.setAccessibleText("Open the diagram in its own window (Ctrl+Shift+D); Esc there returns");
        open.setTooltip(new Tooltip("Open the diagram in its own window (Ctrl+Shift+D); Esc returns"));
        open.setOnAction(e -> openInWindow.run());
        add(open);
    }

    /** Puts a control before "Open in window". */
    void addFirst(ButtonBase control) {
        getChildren().remove(control);
        getChildren().add(0, control);
        guard(control);
    }

    private void add(ButtonBase control) {
        getChildren().add(control);
        guard(control);
    }

    private static void guard(ButtonBase control) {
        control.setFocusTraversable(false);
        control.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
    }
}
