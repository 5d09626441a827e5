package dev.cdcarchitect.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.RangeAssignment.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupAssignmentsTest {

    private static TopologyNode node(String id, NodeKind kind, String label, int partitions, int members, int count) {
        return new TopologyNode(id, kind, label, partitions, members, count, List.of(), List.of());
    }

    @Test
    void aGroupSharesTheDataTopicsItConsumesNotTheDeadLetters() {
        Topology topology = new Topology(List.of(
                node("t", NodeKind.DATA_TOPIC, "orders", 12, 0, 1),
                node("others", NodeKind.TOPIC_GROUP, "9 more table topics", 3, 0, 9),
                node("dlq", NodeKind.DLQ_TOPIC, "dlq", 1, 0, 1),
                node("g", NodeKind.CONSUMER_GROUP, "connect-sink", 0, 3, 1)), List.of(
                new TopologyEdge("t", "g", EdgeKind.CONSUMES, "consumes"),
                new TopologyEdge("others", "g", EdgeKind.CONSUMES, "consumes"),
                new TopologyEdge("dlq", "g", EdgeKind.CONSUMES, "consumes")));
        var members = GroupAssignments.of(topology).get("g");
        assertEquals(3, members.size());
        assertEquals(List.of(new Share("orders", 8, 11, 1), new Share("9 more table topics", 2, 2, 9)), members.get(2).shares());
        assertEquals(4 + 9, members.get(0).partitions());
    }
}
