package dev.cdcarchitect.export.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.export.diagram.DiagramPainter;
import dev.cdcarchitect.export.diagram.Graphics2DCanvas;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Paints the pipeline diagram where the review document has its diagram object: vector paths and real text in
 * the embedded fonts, drawn by the same painter as the SVG and PNG exports (decision 0009).
 */
final class DiagramObjectDrawer implements FSObjectDrawer {

    /** The object type the review HTML uses for the diagram; user content can hold no object elements at all. */
    static final String TYPE = "application/x-cdc-architect-diagram";

    private final Topology topology;
    private final DiagramLayout layout;
    private final DiagramPainter painter = new DiagramPainter();

    DiagramObjectDrawer(Topology topology, DiagramLayout layout) {
        this.topology = topology;
        this.layout = layout;
    }

    static DefaultObjectDrawerFactory factory(Topology topology, DiagramLayout layout) {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new DiagramObjectDrawer(topology, layout));
        return factory;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice device,
                                         RenderingContext ctx, int dotsPerPixel) {
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        // The part of the drawing this object shows (the whole diagram when it fits one page).
        double partX = number(e, "data-x", 0);
        double partY = number(e, "data-y", 0);
        double partWidth = number(e, "data-width", DiagramPainter.width(layout));
        double partHeight = number(e, "data-height", DiagramPainter.height(layout));
        device.drawWithGraphics((float) x, (float) y, w, h, g -> {
            g.scale(w / partWidth, h / partHeight);
            g.translate(-partX, -partY);
            g.clip(new Rectangle2D.Double(partX, partY, partWidth, partHeight));
            painter.paint(topology, layout, new Graphics2DCanvas(g));
        });
        return null;
    }

    private static double number(Element e, String attribute, double otherwise) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? otherwise : Double.parseDouble(value);
    }
}
