package dev.cdcarchitect.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws on Java2D: a PNG's image, or the PDF page (openhtmltopdf hands over a Graphics2D that writes vector PDF
 * operators and maps the DejaVu fonts to the document's embedded ones, so the diagram's text stays text).
 */
public final class Graphics2DCanvas implements DiagramCanvas {

    private static final Stroke SOLID = new BasicStroke(1.2f);
    private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4, 3}, 0);

    private final Graphics2D g;

    public Graphics2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, boolean dashed) {
        Rectangle2D.Double shape = new Rectangle2D.Double(x, y, width, height);
        g.setColor(Color.decode(fill));
        g.fill(shape);
        if (stroke != null) draw(shape, stroke, dashed);
    }

    @Override
    public void curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2, String stroke, boolean dashed) {
        draw(new CubicCurve2D.Double(x1, y1, c1x, c1y, c2x, c2y, x2, y2), stroke, dashed);
    }

    @Override
    public void text(double x, double y, double size, String color, boolean bold, String content) {
        g.setFont(DiagramFonts.of(bold, size));
        g.setColor(Color.decode(color));
        g.drawString(content, (float) x, (float) y);
    }

    private void draw(Shape shape, String stroke, boolean dashed) {
        g.setColor(Color.decode(stroke));
        g.setStroke(dashed ? DASHED : SOLID);
        g.draw(shape);
    }
}
