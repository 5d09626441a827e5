package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.layout.ConnectFrame;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * What the colours and line styles of the diagram mean, for the kinds the current diagram shows. It reuses the
 * diagram's own style classes, so it cannot disagree with the drawing; collapsed until asked for.
 */
final class DiagramLegend extends TitledPane {

    private record Entry(String styleClass, String meaning) {}

    /** The kinds a diagram shows: what the legend's rows depend on. */
    private record Kinds(Set<String> nodeStyles, boolean connectFrame, Set<EdgeKind> edges) {}

    private static final List<Entry> NODES = List.of(
            new Entry("node-source-database", "source database"),
            new Entry("node-source-connector", "connector (source or sink)"),
            new Entry("node-data-topic", "data topic (cells = partitions)"),
            new Entry("node-dlq-topic", "dead-letter topic"),
            new Entry("node-connect-internal-topic", "internal topic"),
            new Entry("node-schema-registry", "schema registry"),
            new Entry("node-consumer-group", "consumer group (cells = partitions per member)"),
            new Entry("node-target", "target system"));
    private static final List<EdgeKind> EDGES = List.of(EdgeKind.READS_LOG, EdgeKind.PRODUCES, EdgeKind.DEAD_LETTERS,
            EdgeKind.REGISTERS_SCHEMA, EdgeKind.RUNS_ON);

    private final GridPane rows = new GridPane();
    /** What the rows show now: a redraw that changes no kind keeps them (new labels cost styling and layout). */
    private Kinds shownKinds;

    DiagramLegend() {
        setText("Legend");
        setContent(rows);
        // Collapsed: a click opens it, and it never covers the diagram unasked.
        setExpanded(false);
        setAnimated(false);
        rows.setHgap(6);
        rows.setVgap(2);
        getStyleClass().add("diagram-legend");
        setAccessibleText("Diagram legend");
    }

    /** Lists the node and line kinds present in this topology. */
    void show(Topology topology) {
        Set<String> nodeStyles = new java.util.HashSet<>();
        for (TopologyNode n : topology.nodes()) nodeStyles.add(legendStyle(n.kind()));
        Set<EdgeKind> edges = EnumSet.noneOf(EdgeKind.class);
        Set<String> onConnect = ConnectFrame.members(topology);
        for (TopologyEdge e : topology.edges()) {
            if (ConnectFrame.shownByFrame(e, onConnect)) continue; // not drawn: the frame says it
            edges.add(e.kind() == EdgeKind.CONSUMES || e.kind() == EdgeKind.WRITES ? EdgeKind.PRODUCES : e.kind());
        }
        Kinds kinds = new Kinds(nodeStyles, !onConnect.isEmpty(), edges);
        if (kinds.equals(shownKinds)) return;
        shownKinds = kinds;
        rows.getChildren().clear();
        int row = 0;
        for (Entry entry : NODES) {
            if (!nodeStyles.contains(entry.styleClass())) continue;
            Region swatch = new Region();
            swatch.getStyleClass().addAll("node", entry.styleClass(), "legend-swatch");
            rows.addRow(row++, swatch, new Label(entry.meaning()));
        }
        if (!onConnect.isEmpty()) {
            Rectangle frame = new Rectangle(22, 12);
            frame.getStyleClass().add("connect-group");
            rows.addRow(row++, frame, new Label("runs on Kafka Connect (inside the frame)"));
        }
        for (EdgeKind kind : EDGES) {
            if (!edges.contains(kind)) continue;
            Line line = new Line(0, 0, 22, 0);
            line.getStyleClass().addAll("edge", "edge-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            rows.addRow(row++, line, new Label(meaning(kind)));
        }
    }

    /** Kinds drawn alike share one legend row. */
    private static String legendStyle(NodeKind kind) {
        return switch (kind) {
            case SINK_CONNECTOR -> "node-source-connector";
            case TOPIC_GROUP, NATIVE_DESTINATION -> "node-data-topic";
            case HEARTBEAT_TOPIC, SIGNAL_TOPIC, SCHEMA_HISTORY_TOPIC, TRANSACTION_TOPIC, OFFSETS_TOPIC, OFFSET_STORE ->
                    "node-connect-internal-topic";
            default -> "node-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private static String meaning(EdgeKind kind) {
        return switch (kind) {
            case READS_LOG -> "reads the change log";
            case DEAD_LETTERS -> "failed records";
            case REGISTERS_SCHEMA -> "registers schemas";
            case RUNS_ON -> "runs on (Debezium Server)";
            default -> "data flow";
        };
    }
}
