package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The diagram as a PNG, painted like the SVG and the PDF; scale 2 for sharp text on review screens. */
public final class PngDiagramWriter {

    private static final double SCALE = 2;

    private final DiagramPainter painter = new DiagramPainter();

    public byte[] write(Topology topology, DiagramLayout layout) {
        int width = (int) Math.ceil(DiagramPainter.width(layout) * SCALE);
        int height = (int) Math.ceil(DiagramPainter.height(layout) * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            painter.paint(topology, layout, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
