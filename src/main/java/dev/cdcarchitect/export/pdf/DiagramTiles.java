package dev.cdcarchitect.export.pdf;

import dev.cdcarchitect.export.diagram.DiagramPainter;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the diagram goes onto landscape pages: scaled to fit one page, but never so small that its smallest text falls
 * under 7 pt; a diagram too large for that is cut into parts, one per page, the cuts placed between
 * boxes; the parts go column by column, top to bottom.
 */
record DiagramTiles(double scale, List<Tile> tiles) {

    /** One page's part of the diagram, in diagram pixels. */
    record Tile(double x, double y, double width, double height) {

        boolean holds(NodeBox box) {
            double left = DiagramPainter.MARGIN + box.x();
            double top = DiagramPainter.MARGIN + box.y();
            return left < x + width && left + box.width() > x && top < y + height && top + box.height() > y;
        }
    }

    /** The painter's smallest text, the kind caption above a box's name (diagram pixels). */
    static final double SMALLEST_TEXT_PX = 8.5;
    /** A CSS pixel is 0.75 pt: the scale at which that caption prints at 7 pt. */
    static final double MIN_SCALE = 7 / 0.75 / SMALLEST_TEXT_PX;
    /** A small diagram is not blown up beyond this. */
    static final double MAX_SCALE = 1.6;
    /** Keep each part at least this share of a page, even when that cuts through a box. */
    private static final double MIN_PART = 0.5;
    private static final double GAP = 4;

    static DiagramTiles of(DiagramLayout layout, double pageWidthPx, double pageHeightPx) {
        double width = DiagramPainter.width(layout);
        double height = DiagramPainter.height(layout);
        double fit = Math.min(pageWidthPx / Math.max(1, width), pageHeightPx / Math.max(1, height));
        double scale = Math.max(MIN_SCALE, Math.min(fit, MAX_SCALE));
        List<Double> xs = cuts(width, pageWidthPx / scale, layout.all(), b -> new double[] {b.x(), b.x() + b.width()});
        List<Tile> tiles = new ArrayList<>();
        for (int col = 0; col + 1 < xs.size(); col++) {
            // Each column is cut into pages by its own boxes only: a box in another column does not block a cut here.
            Tile column = new Tile(xs.get(col), 0, xs.get(col + 1) - xs.get(col), height);
            List<NodeBox> inColumn = layout.all().stream().filter(column::holds).toList();
            List<Double> ys = cuts(height, pageHeightPx / scale, inColumn, b -> new double[] {b.y(), b.y() + b.height()});
            for (int row = 0; row + 1 < ys.size(); row++) {
                Tile tile = new Tile(column.x(), ys.get(row), column.width(), ys.get(row + 1) - ys.get(row));
                if (layout.all().isEmpty() || inColumn.stream().anyMatch(tile::holds)) tiles.add(tile); // no page of edges only
            }
        }
        return new DiagramTiles(scale, List.copyOf(tiles));
    }

    /** Where to cut a length into spans of at most {@code span}: as far as a span reaches, moved back out of boxes. */
    private static List<Double> cuts(double total, double span, List<NodeBox> boxes, Function<NodeBox, double[]> extent) {
        List<Double> cuts = new ArrayList<>(List.of(0.0));
        double start = 0;
        while (total - start > span) {
            double cut = start + span;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (NodeBox box : boxes) {
                    double[] e = extent.apply(box);
                    double from = DiagramPainter.MARGIN + e[0];
                    double to = DiagramPainter.MARGIN + e[1];
                    if (from < cut && cut < to) {
                        cut = from - GAP;
                        moved = true;
                    }
                }
                if (cut < start + span * MIN_PART) {
                    cut = start + span;
                    break;
                }
            }
            cuts.add(cut);
            start = cut;
        }
        cuts.add(total);
        return cuts;
    }
}
