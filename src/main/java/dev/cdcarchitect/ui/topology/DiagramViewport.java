package dev.cdcarchitect.ui.topology;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Zoom and pan of the diagram inside its pane. Fit never shrinks below the scale at which the smallest label is
 * {@link #MIN_LABEL_PX} on screen: a diagram larger than the pane is shown from its start and panned instead.
 * While the user has not zoomed or panned since the last fit, a resize of the pane fits again.
 */
final class DiagramViewport {

    /** The smallest text size, in screen pixels, a fitted diagram shows. */
    static final double MIN_LABEL_PX = 11;
    /** Space kept around the diagram when fitted, and scrolled past at either end. */
    static final double MARGIN = 12;

    private final Region pane;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final double smallestFontPx;
    private double contentWidth;
    private double contentHeight;
    private Runnable onContentSize = () -> { };
    private java.util.function.DoubleSupplier topInset = () -> 0;
    // A new view fits itself once it gets a size.
    private boolean fitted = true;

    DiagramViewport(Region pane, double smallestFontPx) {
        this.pane = pane;
        this.smallestFontPx = smallestFontPx;
        pane.widthProperty().addListener((obs, old, now) -> refitIfFitted());
        pane.heightProperty().addListener((obs, old, now) -> refitIfFitted());
    }

    Translate pan() {
        return pan;
    }

    Scale scale() {
        return scale;
    }

    double zoom() {
        return scale.getX();
    }

    void setContentSize(double width, double height) {
        contentWidth = width;
        contentHeight = height;
        onContentSize.run();
    }

    double contentWidth() {
        return contentWidth;
    }

    double contentHeight() {
        return contentHeight;
    }

    /** Told when the diagram changes size (the scroll bars follow). */
    void setOnContentSize(Runnable listener) {
        onContentSize = listener;
    }

    /** Space at the top the diagram is fitted below (the buttons over its corner would cover a node there). */
    void setTopInset(java.util.function.DoubleSupplier inset) {
        topInset = inset;
    }

    /** The least zoom at which every label stays readable. */
    double readableZoom() {
        return MIN_LABEL_PX / smallestFontPx;
    }

    /** Zooms about the pane's centre (buttons, keyboard). */
    void zoomBy(double factor) {
        zoomAt(factor, pane.getWidth() / 2, pane.getHeight() / 2);
    }

    /** Zooms keeping the diagram point under (x, y) of the pane where it is, as a wheel under the cursor expects. */
    void zoomAt(double factor, double x, double y) {
        double old = scale.getX();
        double next = Math.max(0.1, Math.min(4, old * factor));
        double diagramX = (x - pan.getX()) / old;
        double diagramY = (y - pan.getY()) / old;
        scale.setX(next);
        scale.setY(next);
        pan.setX(x - diagramX * next);
        pan.setY(y - diagramY * next);
        fitted = false;
    }

    void panTo(double x, double y) {
        pan.setX(x);
        pan.setY(y);
        fitted = false;
    }

    void fit() {
        if (contentWidth <= 0 || pane.getWidth() <= 0 || pane.getHeight() <= 0) return;
        double top = topInset.getAsDouble();
        double height = pane.getHeight() - top;
        double s = Math.min((pane.getWidth() - 2 * MARGIN) / contentWidth, (height - 2 * MARGIN) / contentHeight);
        s = Math.max(readableZoom(), Math.min(1.5, s));
        scale.setX(s);
        scale.setY(s);
        // Centred when it fits; otherwise from the top-left, where the pipeline starts (the source).
        pan.setX(offset(pane.getWidth(), contentWidth * s));
        pan.setY(top + offset(height, contentHeight * s));
        fitted = true;
    }

    private static double offset(double pane, double content) {
        return content + 2 * MARGIN <= pane ? (pane - content) / 2 : MARGIN;
    }

    private void refitIfFitted() {
        if (fitted) fit();
    }
}
