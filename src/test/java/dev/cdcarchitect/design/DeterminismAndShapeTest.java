package dev.cdcarchitect.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.project.DesignJsonWriter;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeterminismAndShapeTest {

    private static final String SOURCE = GoldenDesigns.ALL.get(0).source();
    private static final String TARGET = GoldenDesigns.ALL.get(0).target();

    @Test
    void sameInputGivesByteIdenticalOutput() {
        DesignResult first = new DesignService().design(SOURCE, TARGET);
        DesignResult second = new DesignService().design(SOURCE, TARGET);
        MarkdownSpecWriter md = new MarkdownSpecWriter();
        assertEquals(md.write(((DesignResult.Generated) first).spec()), md.write(((DesignResult.Generated) second).spec()));
        assertEquals(new DesignJsonWriter().write(first), new DesignJsonWriter().write(second));
    }

    @Test
    void markdownHasExactlyTheFiveHeadingsInOrder() {
        String markdown = new MarkdownSpecWriter().write(((DesignResult.Generated) new DesignService().design(SOURCE, TARGET)).spec());
        Matcher m = Pattern.compile("(?m)^## (.+)$").matcher(markdown);
        List<String> headings = new java.util.ArrayList<>();
        while (m.find()) headings.add(m.group(1));
        assertEquals(List.of("1. CDC Engine Selection & Configuration", "2. Log Replication Protocol & Snapshot Strategy",
                "3. Schema Registry & Evolution Policy", "4. Event Streaming Topology (Partitioning & Ordering)",
                "5. Failure Domains & Recovery (Offset Management)"), headings);
        assertEquals(0, markdown.chars().filter(ch -> ch == '`').count() % 2, "balanced backticks");
        assertEquals(0, Pattern.compile("(?m)^```").matcher(markdown).results().count() % 2, "every fence closed");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new DesignJsonWriter().write(new DesignService().design(SOURCE, TARGET)));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("spec", json.get("status").asText());
        assertEquals(5, json.get("sections").size());
        for (int i = 0; i < 5; i++) {
            assertEquals(SpecSection.values()[i].heading(), json.get("sections").get(i).get("heading").asText());
            assertTrue(json.get("sections").get(i).get("decisions").get(0).has("id"));
        }
        assertEquals("POSTGRESQL", json.get("input").get("source").get("engine").asText());
        assertTrue(json.get("sizing").get("lines").size() > 5);
        assertEquals(9, json.get("failureMatrix").size());
        assertTrue(json.get("topology").get("nodes").size() > 5);
    }

    @Test
    void topologyHasEveryKindOfNodeTheDesignNeeds() {
        DesignResult.Generated result = (DesignResult.Generated) new DesignService().design(SOURCE, TARGET);
        List<NodeKind> kinds = result.topology().nodes().stream().map(TopologyNode::kind).distinct().toList();
        for (NodeKind k : List.of(NodeKind.SOURCE_DATABASE, NodeKind.SOURCE_CONNECTOR, NodeKind.CONNECT_CLUSTER, NodeKind.DATA_TOPIC,
                NodeKind.TOPIC_GROUP, NodeKind.SCHEMA_REGISTRY, NodeKind.CONSUMER_GROUP, NodeKind.SINK_CONNECTOR, NodeKind.TARGET,
                NodeKind.DLQ_TOPIC, NodeKind.HEARTBEAT_TOPIC, NodeKind.SIGNAL_TOPIC, NodeKind.TRANSACTION_TOPIC,
                NodeKind.CONNECT_INTERNAL_TOPIC)) {
            assertTrue(kinds.contains(k), "missing " + k);
        }
        TopologyNode hot = result.topology().nodesOf(NodeKind.DATA_TOPIC).get(0);
        assertEquals(result.spec().sizing().hotTopicPartitions(), hot.partitions());
        assertTrue(hot.decisionIds().contains("kafka.partition-key"));
        assertEquals(2, result.topology().nodesOf(NodeKind.DLQ_TOPIC).size());
        assertEquals(49, result.topology().nodesOf(NodeKind.TOPIC_GROUP).get(0).count());
        for (var edge : result.topology().edges()) {
            assertTrue(result.topology().nodes().stream().anyMatch(n -> n.id().equals(edge.from())), edge::toString);
            assertTrue(result.topology().nodes().stream().anyMatch(n -> n.id().equals(edge.to())), edge::toString);
        }
    }
}
