package dev.cdcarchitect.ui.topology;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** A primary click that did not move since the press, as a node receives it (fired straight at a node view). */
final class DiagramClicks {

    private DiagramClicks() {}

    static MouseEvent click() {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null);
    }
}
