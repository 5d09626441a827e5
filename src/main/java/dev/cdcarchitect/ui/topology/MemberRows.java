package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.MemberRowPlan;
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

    static final int MAX_CELLS = MemberRowPlan.MAX_CELLS;
    /** One row: an 11px text line; ReadableNodeSizes reserves this much per row. */
    static final double ROW_HEIGHT = 15;
    private static final Color TOPIC = Color.web("#d4a72c");
    private static final Color AGGREGATED = Color.web("#ecd48a");

    private MemberRows() {}

    /** Rows drawn for a group of this many members (the last one may be the "more members" line). */
    static int rows(int members) {
        return MemberRowPlan.rows(members);
    }

    static Node of(List<RangeAssignment.Member> members) {
        VBox rows = new VBox(0);
        rows.getStyleClass().add("member-rows");
        for (MemberRowPlan plan : MemberRowPlan.of(members)) rows.getChildren().add(row(plan));
        return rows;
    }

    private static Node row(MemberRowPlan plan) {
        HBox row = new HBox(4, NodeShapes.text(plan.label(), "node-detail"));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!plan.cells().isEmpty()) {
            Canvas band = new Canvas(plan.cells().size() * 6, 8);
            GraphicsContext g = band.getGraphicsContext2D();
            for (int i = 0; i < plan.cells().size(); i++) {
                g.setFill(plan.cells().get(i) ? AGGREGATED : TOPIC);
                g.fillRect(i * 6, 0, 5, 8);
            }
            row.getChildren().add(band);
        }
        if (!plan.after().isEmpty()) row.getChildren().add(NodeShapes.text(plan.after(), "node-detail"));
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
