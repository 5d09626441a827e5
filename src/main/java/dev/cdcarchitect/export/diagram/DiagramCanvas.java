package dev.cdcarchitect.export.diagram;

/**
 * What {@link DiagramPainter} draws on: SVG text for the SVG file, Java2D for the PNG and the PDF. Coordinates
 * are diagram pixels from the top left; colours are {@code #rrggbb}.
 */
public interface DiagramCanvas {

    /** A rectangle, filled and outlined; {@code stroke} null for fill only. */
    void rect(double x, double y, double width, double height, String fill, String stroke, boolean dashed);

    /** A cubic Bézier curve from (x1, y1) to (x2, y2), not filled. */
    void curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2, String stroke, boolean dashed);

    /** One line of text; (x, y) is the start of its baseline. */
    void text(double x, double y, double size, String color, boolean bold, String content);

    /** Everything drawn until {@link #endNode()} belongs to one node (SVG keeps it as a group with the node's id). */
    default void beginNode(String id) {}

    default void endNode() {}
}
