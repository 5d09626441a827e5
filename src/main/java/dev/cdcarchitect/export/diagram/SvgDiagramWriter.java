package dev.cdcarchitect.export.diagram;

import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.topology.layout.DiagramLayout;

/**
 * The pipeline diagram as a standalone SVG document. Self-contained: no scripts, no external references, generic
 * font families.
 */
public final class SvgDiagramWriter {

    private final DiagramPainter painter = new DiagramPainter();

    public String write(Topology topology, DiagramLayout layout) {
        String width = SvgCanvas.num(DiagramPainter.width(layout));
        String height = SvgCanvas.num(DiagramPainter.height(layout));
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n")
                .append("<title>CDC pipeline</title>\n");
        painter.paint(topology, layout, new SvgCanvas(svg));
        return svg.append("</svg>\n").toString();
    }
}
