package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.RangeAssignment;
import dev.cdcarchitect.topology.layout.NodeBox;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The view of one diagram node and the parts a redraw updates in place (name, counts, partition cells, members). */
final class NodeCard {

    private static final NameWrapper NAMES = new NameWrapper();
    /** As .node-title in workbench.css; set here too because names are wrapped before the node is styled. */
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 12);

    final NodeKind kind;
    final StackPane view;
    private final Text title;
    private final Text detail;
    private final VBox lines;
    private final Tooltip tooltip;
    private Node band;
    private int partitions = -1;
    private Node memberRows;
    private List<RangeAssignment.Member> shownMembers;
    private String shownLabel;

    /** {@code onClick} gets the node's id when the node is clicked. */
    NodeCard(TopologyNode node, java.util.function.Consumer<String> onClick) {
        kind = node.kind();
        title = NodeShapes.text("", "node-title");
        // The full name, wrapped inside the box the layout sized for it (ReadableNodeSizes), never cut.
        title.setWrappingWidth(ReadableNodeSizes.TITLE_WRAP);
        title.setFont(TITLE_FONT);
        detail = NodeShapes.text("", "node-detail");
        lines = new VBox(1, NodeShapes.text(NodeCaptions.kind(node), "node-kind"), title, detail);
        view = new StackPane(lines);
        view.getStyleClass().addAll("node", "node-" + node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tooltip = new Tooltip();
        Tooltip.install(view, tooltip);
        String id = node.id();
        view.setOnMouseClicked(e -> {
            onClick.accept(id);
            e.consume();
        });
    }

    /** {@code members}: the group's members and their partitions, empty for nodes that are no consumer group. */
    void update(TopologyNode node, NodeBox box, List<RangeAssignment.Member> members) {
        // Wrapped by us at the name's own separators; the text keeps every character of the name.
        if (!node.label().equals(shownLabel)) {
            title.setText(NAMES.wrap(node.label(), TITLE_FONT, ReadableNodeSizes.TITLE_WRAP));
            shownLabel = node.label();
        }
        detail.setText(NodeCaptions.detail(node));
        // An empty line would still take its height, and ReadableNodeSizes gives it none.
        detail.setManaged(!detail.getText().isEmpty());
        detail.setVisible(detail.isManaged());
        if (node.partitions() != partitions && (kind == NodeKind.DATA_TOPIC || kind == NodeKind.TOPIC_GROUP)) {
            if (band != null) lines.getChildren().remove(band);
            band = NodeShapes.partitionBand(node.partitions());
            lines.getChildren().add(band);
        }
        partitions = node.partitions();
        if (kind == NodeKind.CONSUMER_GROUP && !members.equals(shownMembers)) {
            if (memberRows != null) lines.getChildren().remove(memberRows);
            memberRows = MemberRows.of(members);
            lines.getChildren().add(memberRows);
            shownMembers = members;
        }
        view.relocate(box.x(), box.y());
        view.setPrefSize(box.width(), box.height());
        view.setMaxSize(box.width(), box.height());
        view.setAccessibleText(NodeCaptions.kind(node) + " " + node.label());
        tooltip.setText(NodeShapes.tooltip(node) + (members.isEmpty() ? "" : "\n" + MemberRows.describe(members)));
    }
}
