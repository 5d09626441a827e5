package dev.cdcarchitect.ui.topology;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;

/**
 * Scroll bars for a diagram larger than its pane at the readable zoom (the seed in the docked pane at 1440x900,
 * five sinks in a 900 px window): they show where the view is and move it, so every node can be reached without
 * dragging; hidden while the diagram fits.
 * The vertical range keeps room for what covers the bottom of the pane (the legend), so the last row can be
 * scrolled clear of it.
 */
final class DiagramScrollBars {

    private final Region pane;
    private final DiagramViewport viewport;
    private final DoubleSupplier bottomCover;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    // Set while the bars follow the view, so that following is not taken for the user moving them.
    private boolean following;

    DiagramScrollBars(Region pane, DiagramViewport viewport, DoubleSupplier bottomCover) {
        this.pane = pane;
        this.viewport = viewport;
        this.bottomCover = bottomCover;
        vertical.setOrientation(Orientation.VERTICAL);
        for (ScrollBar bar : views()) {
            bar.getStyleClass().add("diagram-scroll-bar");
            bar.setFocusTraversable(false);
            bar.setVisible(false);
            // Placed by layout() here: a change of range or position must not lay out the whole workbench again.
            bar.setManaged(false);
            // A click on a bar is no click on empty space (which would clear the selection), nor a drag of the view.
            bar.addEventHandler(javafx.scene.input.MouseEvent.ANY, javafx.event.Event::consume);
        }
        horizontal.valueProperty().addListener((obs, old, now) -> {
            if (!following) viewport.panTo(DiagramViewport.MARGIN - now.doubleValue(), viewport.pan().getY());
        });
        vertical.valueProperty().addListener((obs, old, now) -> {
            if (!following) viewport.panTo(viewport.pan().getX(), DiagramViewport.MARGIN - now.doubleValue());
        });
        viewport.setOnContentSize(this::follow);
        viewport.pan().xProperty().addListener((obs, old, now) -> follow());
        viewport.pan().yProperty().addListener((obs, old, now) -> follow());
        viewport.scale().xProperty().addListener((obs, old, now) -> follow());
        pane.widthProperty().addListener((obs, old, now) -> follow());
        pane.heightProperty().addListener((obs, old, now) -> follow());
    }

    List<ScrollBar> views() {
        return List.of(horizontal, vertical);
    }

    /** The height the horizontal bar takes at the bottom of the pane (0 while hidden). */
    double bottomInset() {
        return horizontal.isVisible() ? horizontal.prefHeight(-1) : 0;
    }

    /** Puts the bars along the right and bottom edges of the pane. */
    void layout() {
        double thickness = vertical.prefWidth(-1);
        double w = pane.getWidth();
        double h = pane.getHeight();
        boolean both = horizontal.isVisible() && vertical.isVisible();
        vertical.resizeRelocate(w - thickness, 0, thickness, h - (both ? thickness : 0));
        horizontal.resizeRelocate(0, h - thickness, w - (both ? thickness : 0), thickness);
    }

    /** Ranges, thumbs and positions after any change of the view, the pane or the diagram. */
    void follow() {
        following = true;
        try {
            double zoom = viewport.zoom();
            double thickness = vertical.prefWidth(-1);
            double extentY = viewport.contentHeight() * zoom + 2 * DiagramViewport.MARGIN + bottomCover.getAsDouble();
            double extentX = viewport.contentWidth() * zoom + 2 * DiagramViewport.MARGIN;
            boolean showV = viewport.contentHeight() > 0 && extentY > pane.getHeight();
            boolean showH = viewport.contentWidth() > 0 && extentX > pane.getWidth() - (showV ? thickness : 0);
            showV = showV || (showH && extentY > pane.getHeight() - thickness);
            set(vertical, showV, extentY, pane.getHeight() - (showH ? thickness : 0), viewport.pan().getY());
            set(horizontal, showH, extentX, pane.getWidth() - (showV ? thickness : 0), viewport.pan().getX());
            layout();
        } finally {
            following = false;
        }
    }

    /** {@code extent}: the diagram with its margins on screen; {@code view}: the part of the pane showing it. */
    private static void set(ScrollBar bar, boolean show, double extent, double view, double pan) {
        bar.setVisible(show);
        if (!show) return;
        double max = Math.max(0, extent - view);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max * view / extent);
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(view * 0.9);
        // The value is how far the diagram's top (left) margin is scrolled out of view.
        bar.setValue(Math.max(0, Math.min(max, DiagramViewport.MARGIN - pan)));
    }
}
