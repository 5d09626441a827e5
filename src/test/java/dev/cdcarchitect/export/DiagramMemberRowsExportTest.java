package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.topology.GroupAssignments;
import dev.cdcarchitect.topology.RangeAssignment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 16 item 2: the exported diagram (SVG, and the PNG and PDF drawn by the same painter) shows each consumer
 * group's members and the partitions each reads, as the window does; the Connect frame is drawn too.
 */
class DiagramMemberRowsExportTest {

    private static final String FIVE_SINKS = "Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3 and Redis";
    /** The painter's partition cell colours: the topic's own partitions and those of an aggregated topic group. */
    private static final List<String> CELL_FILLS = List.of("#d4a72c", "#ecd48a");

    private static Document svg(DesignResult.Generated design) throws Exception {
        byte[] bytes = new DesignExporter().render(design, ExportFormat.SVG, "d.svg", ExportFixtures.A4).get("");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Element group(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (id.equals(((Element) groups.item(i)).getAttribute("id"))) return (Element) groups.item(i);
        }
        throw new AssertionError("no group " + id);
    }

    private static List<String> texts(Element group) {
        List<String> out = new ArrayList<>();
        NodeList texts = group.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) out.add(texts.item(i).getTextContent());
        return out;
    }

    private static void assertRowsDrawn(DesignResult.Generated design) throws Exception {
        Document svg = svg(design);
        Map<String, List<RangeAssignment.Member>> assignments = GroupAssignments.of(design.topology());
        int groups = 0;
        for (TopologyNode node : design.topology().nodes()) {
            if (node.kind() != NodeKind.CONSUMER_GROUP) continue;
            groups++;
            List<RangeAssignment.Member> members = assignments.get(node.id());
            Element g = group(svg, node.id());
            List<String> texts = texts(g);
            for (RangeAssignment.Member member : members.subList(0, Math.min(6, members.size()))) {
                assertTrue(texts.contains("member " + (member.index() + 1)), node.id() + " draws member " + (member.index() + 1) + ": " + texts);
            }
            if (members.size() > 6) assertTrue(texts.contains("\u2026 " + (members.size() - 6) + " more members"), texts.toString());
            int expectedCells = members.stream().limit(6).mapToInt(m -> Math.min(m.partitions(), 14)).sum();
            NodeList rects = g.getElementsByTagName("rect");
            int cells = 0;
            Element box = (Element) rects.item(0);
            double bottom = Double.parseDouble(box.getAttribute("y")) + Double.parseDouble(box.getAttribute("height"));
            for (int i = 1; i < rects.getLength(); i++) {
                Element cell = (Element) rects.item(i);
                if (!CELL_FILLS.contains(cell.getAttribute("fill"))) continue;
                cells++;
                assertTrue(Double.parseDouble(cell.getAttribute("y")) + Double.parseDouble(cell.getAttribute("height")) <= bottom,
                        node.id() + ": the cells stay inside the box");
            }
            assertEquals(expectedCells, cells, node.id() + ": one cell per partition each member reads (14 at most a row)");
            NodeList textNodes = g.getElementsByTagName("text");
            for (int i = 0; i < textNodes.getLength(); i++) {
                Element text = (Element) textNodes.item(i);
                assertTrue(Double.parseDouble(text.getAttribute("y")) <= bottom, node.id() + ": '" + text.getTextContent() + "' inside the box");
                assertTrue(Double.parseDouble(text.getAttribute("font-size")) >= 8.5, "no text smaller than the kind caption");
            }
        }
        assertTrue(groups > 0);
    }

    @Test
    void theSeedsGroupsShowTheirMembersAndPartitions() throws Exception {
        assertRowsDrawn(ExportFixtures.seed());
    }

    @Test
    void fiveSinksShowTheirMembersToo() throws Exception {
        assertRowsDrawn(ExportFixtures.design(dev.cdcarchitect.rules.GoldenDesigns.ALL.get(0).source(), FIVE_SINKS));
    }

    @Test
    void theConnectFrameIsDrawnBehindTheBoxes() throws Exception {
        Document svg = svg(ExportFixtures.seed());
        NodeList rects = svg.getElementsByTagName("rect");
        long frames = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("#f6f8fa".equals(r.getAttribute("fill")) && r.hasAttribute("stroke-dasharray") && !(r.getParentNode() instanceof Element p
                    && "g".equals(p.getTagName()))) frames++;
        }
        assertEquals(1, frames, "one dashed frame outside every node's group");
        assertFalse(svg.getDocumentElement().getTextContent().isBlank());
    }
}
