package dev.cdcarchitect.topology.layout;

/** Where a diagram node goes, in diagram coordinates (pixels at zoom 1). */
public record NodeBox(String id, double x, double y, double width, double height) {

    public double centerX() { return x + width / 2; }

    public double centerY() { return y + height / 2; }
}
