package dev.cdcarchitect.ui.marks;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Draws the marks of one text area on a transparent pane stacked above it: a straight underline under words a
 * fact was read from, a wavy one under words that were not understood. Shapes are placed from the skin's
 * character bounds after each layout pass (so wrapping and scrolling are current) and only when something
 * changed. The pane never takes the mouse; {@link #markAt} lets the tooltip hit-test.
 */
public final class MarkOverlay extends Pane {

    private static final Color RECOGNISED = Color.web("#0969da");
    private static final Color NOT_UNDERSTOOD = Color.web("#d1490f");

    /** One line's part of a mark, in this pane's coordinates. */
    public record Segment(TextMark mark, Rectangle2D box) {}

    private final Rectangle clip = new Rectangle();
    private final Runnable afterLayout = this::redrawIfDirty;
    private final List<Segment> segments = new ArrayList<>();
    private TextArea area;
    private ObservableList<TextMark> marks;
    private boolean dirty;

    public MarkOverlay() {
        setMouseTransparent(true);
        setManaged(true);
        setClip(clip);
        getStyleClass().add("mark-overlay");
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(afterLayout);
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
                invalidate();
            }
        });
    }

    /** Draws {@code marks} over {@code area}; both stay observed for the life of the window. */
    public void attach(TextArea area, ObservableList<TextMark> marks) {
        this.area = area;
        this.marks = marks;
        InvalidationListener changed = o -> invalidate();
        marks.addListener((ListChangeListener<TextMark>) c -> invalidate());
        for (var p : List.of(area.skinProperty(), area.scrollTopProperty(), area.scrollLeftProperty(), area.widthProperty(),
                area.heightProperty(), area.textProperty(), area.fontProperty(), widthProperty(), heightProperty())) {
            p.addListener(changed);
        }
        invalidate();
    }

    /** The mark drawn at a point of this pane (the whole line height of its words), or null. */
    public TextMark markAt(Point2D point) {
        for (Segment s : segments) {
            if (s.box.contains(point.getX(), point.getY()) && clip.contains(point)) return s.mark;
        }
        return null;
    }

    /** What is drawn now, for tests and hit-testing. */
    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    // Never asks its parent for room: it only covers the text area.
    @Override protected double computePrefWidth(double height) { return 0; }
    @Override protected double computePrefHeight(double width) { return 0; }
    @Override protected double computeMinWidth(double height) { return 0; }
    @Override protected double computeMinHeight(double width) { return 0; }

    private void invalidate() {
        dirty = true;
        javafx.application.Platform.requestNextPulse();
    }

    private void redrawIfDirty() {
        if (!dirty) return;
        dirty = false;
        segments.clear();
        getChildren().clear();
        if (area == null) return;
        Node viewport = area.lookup(".viewport");
        if (!(area.getSkin() instanceof TextAreaSkin skin) || viewport == null || getScene() == null) return;
        Bounds view = sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
        clip.setX(view.getMinX());
        clip.setY(view.getMinY());
        clip.setWidth(view.getWidth());
        clip.setHeight(view.getHeight());
        List<Shape> shapes = new ArrayList<>();
        for (TextMark mark : marks) {
            for (Rectangle2D line : lines(skin, mark)) {
                Rectangle2D box = new Rectangle2D(line.getMinX() + view.getMinX(), line.getMinY() + view.getMinY(),
                        line.getWidth(), line.getHeight());
                if (box.getMaxY() < view.getMinY() || box.getMinY() > view.getMaxY()) continue; // scrolled away
                segments.add(new Segment(mark, box));
                shapes.add(mark.kind() == TextMark.Kind.RECOGNISED ? underline(box) : wavy(box));
            }
        }
        getChildren().setAll(shapes);
    }

    /** The mark's characters grouped by visual line (a wrapped mark spans several), in viewport coordinates. */
    private List<Rectangle2D> lines(TextAreaSkin skin, TextMark mark) {
        List<Rectangle2D> lines = new ArrayList<>();
        String text = area.getText();
        int end = Math.min(mark.end(), text == null ? 0 : text.length());
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        boolean open = false;
        for (int i = mark.start(); i < end; i++) {
            if (Character.isWhitespace(text.charAt(i))) continue; // a space at a wrapped line's end is not underlined
            Rectangle2D c = skin.getCharacterBounds(i);
            if (open && Math.abs(c.getMinY() - minY) < c.getHeight() / 2) {
                minX = Math.min(minX, c.getMinX());
                maxX = Math.max(maxX, c.getMaxX());
                maxY = Math.max(maxY, c.getMaxY());
                continue;
            }
            if (open) lines.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
            minX = c.getMinX();
            maxX = c.getMaxX();
            minY = c.getMinY();
            maxY = c.getMaxY();
            open = true;
        }
        if (open) lines.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
        return lines;
    }

    // Colours are set here, not in CSS: shapes added after the layout pass would otherwise paint once unstyled.
    private static Shape underline(Rectangle2D box) {
        Rectangle r = new Rectangle(box.getMinX(), box.getMaxY() - 1.5, box.getWidth(), 1.5);
        r.setFill(RECOGNISED);
        r.getStyleClass().add("mark-recognised");
        return r;
    }

    private static Shape wavy(Rectangle2D box) {
        Polyline p = new Polyline();
        double y = box.getMaxY() - 1;
        boolean up = false;
        for (double x = box.getMinX(); x <= box.getMaxX() + 0.1; x += 2.5, up = !up) {
            p.getPoints().addAll(x, up ? y - 2 : y);
        }
        p.setStroke(NOT_UNDERSTOOD);
        p.setStrokeWidth(1.2);
        p.getStyleClass().add("mark-not-understood");
        return p;
    }
}
