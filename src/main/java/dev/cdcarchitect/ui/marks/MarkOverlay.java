package dev.cdcarchitect.ui.marks;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
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
    /** The shapes, drawn for the scroll position below and moved (not redrawn) when the text scrolls. */
    private final Group content = new Group();
    private double drawnScrollTop;
    private double drawnScrollLeft;
    private final Runnable afterLayout = this::redrawIfDirty;
    private final List<Segment> segments = new ArrayList<>();
    private TextArea area;
    private ObservableList<TextMark> marks;
    private boolean dirty;

    public MarkOverlay() {
        setMouseTransparent(true);
        setClip(clip);
        content.setManaged(false);
        getChildren().add(content);
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
        marks.addListener((ListChangeListener<TextMark>) c -> invalidate());
        // Change listeners, not invalidation listeners: those stay silent for values nobody has read since.
        for (ObservableValue<?> p : List.of(area.skinProperty(), area.widthProperty(), area.heightProperty(), area.textProperty(),
                area.fontProperty(), widthProperty(), heightProperty())) {
            onChange(p, this::invalidate);
        }
        onChange(area.scrollTopProperty(), this::follow);
        onChange(area.scrollLeftProperty(), this::follow);
        invalidate();
    }

    private static <T> void onChange(ObservableValue<T> value, Runnable action) {
        value.addListener((obs, old, now) -> action.run());
    }

    /** The mark drawn at a point of this pane (the whole line height of its words), or null. */
    public TextMark markAt(Point2D point) {
        if (!clip.contains(point)) return null;
        for (Segment s : segments()) {
            if (s.box.contains(point.getX(), point.getY())) return s.mark;
        }
        return null;
    }

    /** What is drawn now, in this pane's coordinates as the text is scrolled now. */
    public List<Segment> segments() {
        double dx = content.getTranslateX();
        double dy = content.getTranslateY();
        return segments.stream().map(s -> new Segment(s.mark, new Rectangle2D(s.box.getMinX() + dx, s.box.getMinY() + dy,
                s.box.getWidth(), s.box.getHeight()))).toList();
    }

    /** Scrolling moves the drawn marks instead of measuring them again. */
    private void follow() {
        content.setTranslateX(drawnScrollLeft - area.getScrollLeft());
        content.setTranslateY(drawnScrollTop - area.getScrollTop());
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
        content.getChildren().clear();
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
                segments.add(new Segment(mark, box));
                shapes.add(mark.kind() == TextMark.Kind.RECOGNISED ? underline(box) : wavy(box));
            }
        }
        content.getChildren().setAll(shapes);
        drawnScrollTop = area.getScrollTop();
        drawnScrollLeft = area.getScrollLeft();
        follow();
    }

    /** The mark's characters grouped by visual line (a wrapped mark spans several), in viewport coordinates. */
    private List<Rectangle2D> lines(TextAreaSkin skin, TextMark mark) {
        List<Rectangle2D> lines = new ArrayList<>();
        String text = area.getText();
        int end = Math.min(mark.end(), text == null ? 0 : text.length());
        int first = mark.start();
        int last = end - 1;
        while (first <= last && Character.isWhitespace(text.charAt(first))) first++;
        while (last >= first && Character.isWhitespace(text.charAt(last))) last--;
        if (first > last) return lines;
        // Most marks sit on one line: two lookups instead of one per character.
        Rectangle2D a = skin.getCharacterBounds(first);
        Rectangle2D b = skin.getCharacterBounds(last);
        if (Math.abs(a.getMinY() - b.getMinY()) < a.getHeight() / 2 && b.getMaxX() >= a.getMinX()) {
            lines.add(new Rectangle2D(a.getMinX(), a.getMinY(), b.getMaxX() - a.getMinX(), Math.max(a.getHeight(), b.getHeight())));
            return lines;
        }
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        boolean open = false;
        for (int i = first; i <= last; i++) {
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
