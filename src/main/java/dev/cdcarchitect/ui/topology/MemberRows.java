package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.RangeAssignment;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A consumer group's members drawn inside its box, one row each: the member and a cell per partition it reads
 * (first topic's cells in the topic colour, aggregated topics paler), so an idle member or one that reads far more
 * than the others shows at a glance. Many members collapse into the first rows and a "… N more members" line.
 */
final class MemberRows {

    static final int MAX_ROWS = 6;
    static final int MAX_CELLS = 14;
    /** One row: an 11px text line; ReadableNodeSizes reserves this much per row. */
    static final double ROW_HEIGHT = 15;
    private static final Color TOPIC = Color.web("#d4a72c");
    private static final Color AGGREGATED = Color.web("#ecd48a");

    private MemberRows() {}

    /** Rows drawn for a group of this many members (the last one may be the "more members" line). */
    static int rows(int members) {
        return members <= MAX_ROWS ? members : MAX_ROWS + 1;
    }

    static Node of(List<RangeAssignment.Member> members) {
        VBox rows = new VBox(0);
        rows.getStyleClass().add("member-rows");
        int shown = members.size() <= MAX_ROWS ? members.size() : MAX_ROWS;
        for (RangeAssignment.Member member : members.subList(0, shown)) rows.getChildren().add(row(member));
        if (shown < members.size()) {
            rows.getChildren().add(NodeShapes.text("\u2026 " + (members.size() - shown) + " more members", "node-detail"));
        }
        return rows;
    }

    private static Node row(RangeAssignment.Member member) {
        HBox row = new HBox(4, NodeShapes.text("member " + (member.index() + 1), "node-detail"));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (member.idle()) {
            row.getChildren().add(NodeShapes.text("idle", "node-detail"));
            return row;
        }
        int total = member.partitions();
        int cells = Math.min(total, MAX_CELLS);
        Canvas band = new Canvas(cells * 6, 8);
        GraphicsContext g = band.getGraphicsContext2D();
        int drawn = 0;
        for (RangeAssignment.Share share : member.shares()) {
            g.setFill(share.copies() == 1 ? TOPIC : AGGREGATED);
            for (int i = 0; i < share.partitions() && drawn < cells; i++, drawn++) g.fillRect(drawn * 6, 0, 5, 8);
        }
        row.getChildren().add(band);
        if (total > cells) row.getChildren().add(NodeShapes.text("+" + (total - cells), "node-detail"));
        return row;
    }

    /** The tooltip lines: every member's partitions in words. */
    static String describe(List<RangeAssignment.Member> members) {
        StringBuilder text = new StringBuilder("Partitions per member (range assignor, the default of Kafka 4.x consumers):");
        for (RangeAssignment.Member member : members) {
            text.append("\nmember ").append(member.index() + 1).append(": ");
            text.append(member.idle() ? "idle" : String.join("; ", member.shares().stream().map(RangeAssignment.Share::describe).toList()));
        }
        return text.toString();
    }
}
