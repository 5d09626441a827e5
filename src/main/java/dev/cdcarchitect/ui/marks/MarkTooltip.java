package dev.cdcarchitect.ui.marks;

import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The tooltip of the mark under the mouse. The overlay cannot own tooltips (it lets every click through to the
 * text), so the text area's mouse-moved events are hit-tested against the drawn marks instead.
 */
public final class MarkTooltip {

    private final Tooltip tooltip = new Tooltip();
    private TextMark shown;

    private MarkTooltip(TextArea area, MarkOverlay overlay) {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.getStyleClass().add("mark-tooltip");
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            TextMark mark = overlay.markAt(overlay.sceneToLocal(new Point2D(e.getSceneX(), e.getSceneY())));
            if (mark == null) {
                hide();
            } else if (!mark.equals(shown) || !tooltip.isShowing()) {
                shown = mark;
                tooltip.setText(mark.tooltip());
                tooltip.show(area, e.getScreenX() + 12, e.getScreenY() + 18);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        area.textProperty().addListener(o -> hide());
    }

    public static MarkTooltip install(TextArea area, MarkOverlay overlay) {
        return new MarkTooltip(area, overlay);
    }

    public Tooltip tooltip() {
        return tooltip;
    }

    private void hide() {
        shown = null;
        if (tooltip.isShowing()) tooltip.hide();
    }
}
