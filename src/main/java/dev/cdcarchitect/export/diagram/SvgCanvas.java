package dev.cdcarchitect.export.diagram;

import java.util.Locale;

/** Writes what is drawn as SVG elements; the writer adds the document around them. */
final class SvgCanvas implements DiagramCanvas {

    private final StringBuilder svg;

    SvgCanvas(StringBuilder svg) {
        this.svg = svg;
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, boolean dashed) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        dash(dashed);
        svg.append("/>\n");
    }

    @Override
    public void curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2, String stroke, boolean dashed) {
        svg.append("<path d=\"M").append(num(x1)).append(',').append(num(y1)).append(" C").append(num(c1x)).append(',').append(num(c1y))
                .append(' ').append(num(c2x)).append(',').append(num(c2y)).append(' ').append(num(x2)).append(',').append(num(y2))
                .append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        dash(dashed);
        svg.append("/>\n");
    }

    @Override
    public void text(double x, double y, double size, String color, boolean bold, String content) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append("\" fill=\"").append(color).append('"');
        if (bold) svg.append(" font-weight=\"bold\"");
        svg.append('>').append(Xml.escape(content)).append("</text>\n");
    }

    @Override
    public void beginNode(String id) {
        svg.append("<g id=\"").append(Xml.escape(id)).append("\">\n");
    }

    @Override
    public void endNode() {
        svg.append("</g>\n");
    }

    private void dash(boolean dashed) {
        if (dashed) svg.append(" stroke-dasharray=\"4 3\"");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
