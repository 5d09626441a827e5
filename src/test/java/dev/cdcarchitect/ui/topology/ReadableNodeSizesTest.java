package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.TopologyNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Box sizes for the window's diagram, without a toolkit: long names get taller boxes, short ones stay compact. */
class ReadableNodeSizesTest {

    private final ReadableNodeSizes sizes = new ReadableNodeSizes();

    private static TopologyNode node(NodeKind kind, String label) {
        return new TopologyNode("n", kind, label, kind == NodeKind.DATA_TOPIC ? 6 : 0, 1, 1, List.of(), List.of());
    }

    @Test
    void wrapsAfterSeparatorsAndBreaksOnlyOverlongParts() {
        assertEquals(1, ReadableNodeSizes.titleLines("Schema registry"));
        assertEquals(2, ReadableNodeSizes.titleLines("connect-app-elasticsearch-sink"));
        assertEquals(2, ReadableNodeSizes.titleLines("PostgreSQL 14 (self-managed)"));
        assertEquals(2, ReadableNodeSizes.titleLines("x".repeat(30)), "a part longer than a line is cut into two");
    }

    @Test
    void aLongerNameGetsATallerBoxOfTheSameWidth() {
        TopologyNode shortName = node(NodeKind.TARGET, "Redis");
        TopologyNode longName = node(NodeKind.TARGET, "dlq.app-elasticsearch-sink-with-a-very-long-suffix");
        assertEquals(sizes.width(shortName), sizes.width(longName));
        assertTrue(sizes.height(longName) > sizes.height(shortName));
        assertTrue(sizes.height(node(NodeKind.DATA_TOPIC, "Redis")) > sizes.height(shortName), "room for the partition cells");
    }
}
