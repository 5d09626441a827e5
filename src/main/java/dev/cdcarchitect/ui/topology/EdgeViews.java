package dev.cdcarchitect.ui.topology;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;

/**
 * The diagram's edge layer, updated in place: a redraw moves the curves it already has instead of replacing them,
 * so unchanged edges cost no styling and a moved one only its geometry.
 */
final class EdgeViews {

    private final Pane layer = new Pane();

    EdgeViews() {
        layer.setMouseTransparent(true); // clicks go to the boxes and the pane beneath
    }

    Pane layer() {
        return layer;
    }

    void show(List<CubicCurve> wanted) {
        var shown = layer.getChildren();
        int kept = Math.min(shown.size(), wanted.size());
        for (int i = 0; i < kept; i++) copy(wanted.get(i), (CubicCurve) shown.get(i));
        if (shown.size() > wanted.size()) shown.remove(wanted.size(), shown.size());
        else if (wanted.size() > kept) shown.addAll(wanted.subList(kept, wanted.size()));
    }

    void clear() {
        layer.getChildren().clear();
    }

    private static void copy(CubicCurve from, CubicCurve to) {
        to.setStartX(from.getStartX());
        to.setStartY(from.getStartY());
        to.setControlX1(from.getControlX1());
        to.setControlY1(from.getControlY1());
        to.setControlX2(from.getControlX2());
        to.setControlY2(from.getControlY2());
        to.setEndX(from.getEndX());
        to.setEndY(from.getEndY());
        // Style classes only when the kind differs: any change to them restyles the curve.
        if (!to.getStyleClass().equals(from.getStyleClass())) to.getStyleClass().setAll(from.getStyleClass());
    }
}
