package dev.cdcarchitect.topology.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 2: the Connect cluster is drawn as the group holding the connectors that run on it and its internal
 * topics, while the data topics stay outside the frame and the data still flows left to right.
 */
class ConnectFrameLayoutTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    private static final String FIVE_SINKS = "Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3 and Redis";
    private static final Set<NodeKind> DATA = Set.of(NodeKind.DATA_TOPIC, NodeKind.TOPIC_GROUP);

    /** Boxes larger than the export's, as the window makes them for long names. */
    private static final NodeSizes WIDE = new NodeSizes() {
        @Override
        public double width(TopologyNode node) {
            return 150 + node.label().length() * 3;
        }

        @Override
        public double height(TopologyNode node) {
            return node.kind() == NodeKind.CONSUMER_GROUP ? 140 : 60 + node.label().length();
        }
    };

    private static Topology topology(String source, String target) {
        if (new DesignService().design(source, target) instanceof DesignResult.Generated g) return g.topology();
        throw new AssertionError("refused: " + target);
    }

    private static boolean contains(NodeBox outer, NodeBox inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y()
                && inner.x() + inner.width() <= outer.x() + outer.width() && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean overlaps(NodeBox a, NodeBox b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    private static void assertFramed(Topology topology, NodeSizes sizes) {
        DiagramLayout layout = new TopologyLayout().layout(topology, sizes);
        NodeBox frame = layout.frame();
        assertNotNull(frame, "a design with a Connect cluster has a frame");
        List<String> onConnect = topology.edges().stream()
                .filter(e -> e.kind() == EdgeKind.RUNS_ON && e.to().equals("connect")).map(TopologyEdge::from).toList();
        assertFalse(onConnect.isEmpty());
        for (String connector : onConnect) assertTrue(contains(frame, layout.box(connector)), connector + " inside the frame");
        for (TopologyNode node : topology.nodes()) {
            NodeBox box = layout.box(node.id());
            if (node.kind() == NodeKind.CONNECT_CLUSTER || node.kind() == NodeKind.CONNECT_INTERNAL_TOPIC) {
                assertTrue(contains(frame, box), node.id() + " inside the frame");
            }
            if (DATA.contains(node.kind())) assertFalse(overlaps(frame, box), node.id() + " is a data topic: outside the frame");
            if (!ConnectFrame.members(topology).contains(node.id())) {
                assertFalse(overlaps(frame, box), node.id() + " does not run on Connect: outside the frame");
            }
        }
        for (TopologyNode a : topology.nodes()) {
            for (TopologyNode b : topology.nodes()) {
                if (a != b) assertFalse(overlaps(layout.box(a.id()), layout.box(b.id())), a.id() + " overlaps " + b.id());
            }
        }
        // The data flow still reads left to right: every edge but "runs on" goes to a box further right.
        for (TopologyEdge edge : topology.edges()) {
            if (edge.kind() == EdgeKind.RUNS_ON) continue;
            NodeBox from = layout.box(edge.from());
            NodeBox to = layout.box(edge.to());
            assertTrue(from.x() + from.width() < to.x(), edge.from() + " -> " + edge.to() + " goes left to right");
        }
        for (NodeBox box : layout.all()) {
            assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= layout.width()
                    && box.y() + box.height() <= layout.height(), box.id() + " inside the diagram");
        }
        assertTrue(frame.x() >= 0 && frame.y() >= 0 && frame.x() + frame.width() <= layout.width()
                && frame.y() + frame.height() <= layout.height(), "the frame inside the diagram");
    }

    @Test
    void theSeedsFrameHoldsItsConnectorsAndInternalTopicsButNoDataTopic() {
        Topology seed = topology(SEED_SOURCE, SEED_TARGET);
        assertFramed(seed, NodeSizes.FIXED);
        assertFramed(seed, WIDE);
    }

    @Test
    void fiveSinksStayInsideTheFrameAndTheirTopicsOutside() {
        Topology five = topology(SEED_SOURCE, FIVE_SINKS);
        assertEquals(4, five.edges().stream().filter(e -> e.kind() == EdgeKind.RUNS_ON && e.from().startsWith("sink-")).count());
        assertFramed(five, NodeSizes.FIXED);
        assertFramed(five, WIDE);
    }

    @Test
    void aSourceInDebeziumServerIsNotInTheConnectFrame() {
        Topology server = topology(SEED_SOURCE, "Confluent Kafka with target sinks to Snowflake and Elasticsearch; source captured by Debezium Server");
        assertFramed(server, NodeSizes.FIXED);
        NodeBox frame = new TopologyLayout().layout(server).frame();
        assertFalse(ConnectFrame.members(server).contains("source-connector"));
        assertFalse(overlaps(frame, new TopologyLayout().layout(server).box("source-connector")));
    }

    @Test
    void theSinksConsumerGroupsRunOnConnectAndAStreamJobDoesNot() {
        Set<String> members = ConnectFrame.members(topology(SEED_SOURCE, FIVE_SINKS));
        assertTrue(members.containsAll(List.of("connect", "source-connector", "topic-offsets", "topic-configs", "topic-status",
                "sink-app-s3-sink", "group-app-s3-sink")), members.toString());
        assertFalse(members.contains("group-app-redis-sink"), "the Redis job is no Connect consumer");
        assertFalse(members.contains("topic-hot"));
    }

    @Test
    void noConnectClusterNoFrame() {
        Topology plain = new Topology(List.of(
                new TopologyNode("a", NodeKind.SOURCE_DATABASE, "db", 0, 0, 1, List.of(), List.of()),
                new TopologyNode("b", NodeKind.TARGET, "target", 0, 0, 1, List.of(), List.of())),
                List.of(new TopologyEdge("a", "b", EdgeKind.WRITES, "writes")));
        DiagramLayout layout = new TopologyLayout().layout(plain);
        assertNull(layout.frame());
        assertTrue(layout.box("a").x() + layout.box("a").width() < layout.box("b").x());
    }

    /**
     * Five sinks: the targets and dead-letter topics right of the frame (two per sink connector) made a column twice
     * as tall as the connectors packed at the top of the band, so their edges all climbed down one narrow gap
     * together. Each sink connector sits level with what it writes to, in the window's layout and the exports'.
     */
    @Test
    void eachSinkConnectorSitsLevelWithItsTargetAndDeadLetterTopic() {
        for (String target : List.of(SEED_TARGET, FIVE_SINKS)) {
            Topology topology = topology(SEED_SOURCE, target);
            for (NodeSizes sizes : List.of(new dev.cdcarchitect.export.diagram.ExportNodeSizes(), new dev.cdcarchitect.ui.topology.ReadableNodeSizes())) {
                DiagramLayout layout = new TopologyLayout().layout(topology, sizes);
                for (TopologyNode sink : topology.nodes()) {
                    if (sink.kind() != NodeKind.SINK_CONNECTOR) continue;
                    double written = topology.edges().stream().filter(e -> e.from().equals(sink.id()) && (e.kind() == EdgeKind.WRITES || e.kind() == EdgeKind.DEAD_LETTERS))
                            .mapToDouble(e -> layout.box(e.to()).centerY()).average().orElseThrow();
                    assertEquals(written, layout.box(sink.id()).centerY(), 1, target + ": " + sink.id() + " level with what it writes to");
                }
            }
        }
    }
}
