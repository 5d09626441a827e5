package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.Topology;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.diagram.DotDiagramWriter;
import dev.cdcarchitect.export.diagram.MermaidDiagramWriter;
import dev.cdcarchitect.export.diagram.SvgDiagramWriter;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The diagram alone: SVG, PNG, Mermaid and DOT carry every node of the topology and survive hostile labels. */
class DiagramExportTest {

    private final DesignExporter exporter = new DesignExporter();

    @Test
    void svgIsWellFormedAndLabelsEveryNode() throws Exception {
        DesignResult.Generated design = ExportFixtures.seed();
        String svg = new String(exporter.render(design, ExportFormat.SVG, "d.svg", ExportFixtures.A4).get(""), StandardCharsets.UTF_8);
        Document xml = parse(svg);
        assertEquals("svg", xml.getDocumentElement().getTagName());
        NodeList groups = xml.getElementsByTagName("g");
        assertEquals(design.topology().nodes().size(), groups.getLength(), "one group per node");
        // A long name is wrapped over several text elements: read them together.
        String text = xml.getDocumentElement().getTextContent().replace("\n", "");
        for (TopologyNode node : design.topology().nodes()) assertTrue(text.contains(node.label()), node.label());
        assertFalse(svg.contains("<script") || svg.contains("href"), "self-contained, no scripts or links");
    }

    @Test
    void pngIsADecodableImageOfTheDiagram() throws Exception {
        DesignResult.Generated design = ExportFixtures.seed();
        byte[] png = exporter.render(design, ExportFormat.PNG, "d.png", ExportFixtures.A4).get("");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        double width = new TopologyLayout().layout(design.topology()).width();
        assertEquals(Math.round((width + 20) * 2), image.getWidth(), 2.0, "twice the diagram width");
        assertTrue(image.getHeight() > 200);
        int nonWhite = 0;
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) nonWhite++;
        }
        assertTrue(nonWhite > 500, "something is drawn");
    }

    @Test
    void mermaidAndDotNameEveryNodeAndEdge() {
        DesignResult.Generated design = ExportFixtures.seed();
        String mermaid = new MermaidDiagramWriter().write(design.topology());
        String dot = new DotDiagramWriter().write(design.topology());
        assertTrue(mermaid.startsWith("flowchart LR\n"));
        assertTrue(dot.startsWith("digraph cdc {"));
        assertTrue(dot.trim().endsWith("}"));
        for (TopologyNode node : design.topology().nodes()) {
            assertTrue(dot.contains("\"" + node.id() + "\" [label="), node.id());
        }
        assertEquals(design.topology().nodes().size(), mermaid.lines().filter(l -> l.contains("<br/><b>")).count(), "a labelled node each");
        assertEquals(design.topology().edges().size(), dot.lines().filter(l -> l.contains(" -> ")).count());
        assertEquals(design.topology().edges().size(), mermaid.lines().filter(l -> l.contains("-->") || l.contains("-.->")).count());
    }

    @Test
    void hostileLabelsCannotBreakOutOfAnyFormat() throws Exception {
        String evil = "x\"]; evil[\"<script>alert(1)</script>\n}\\ & ]] %% click x call alert()";
        Topology topology = new Topology(
                List.of(new TopologyNode("a\"b", NodeKind.SOURCE_DATABASE, evil, 0, 0, 1, List.of(), List.of()),
                        new TopologyNode("c", NodeKind.DATA_TOPIC, evil, 3, 0, 1, List.of(), List.of())),
                List.of(new TopologyEdge("a\"b", "c", dev.cdcarchitect.domain.EdgeKind.PRODUCES, "")));
        var layout = new TopologyLayout().layout(topology);
        Document svg = parse(new SvgDiagramWriter().write(topology, layout));
        assertEquals(0, svg.getElementsByTagName("script").getLength(), "label stays text in SVG");

        String mermaid = new MermaidDiagramWriter().write(topology);
        assertEquals(2 + 1 + 2 + 1, mermaid.lines().count(), "header, two nodes, one edge, two styles: nothing injected");
        assertFalse(mermaid.contains("<script"), mermaid);
        assertTrue(mermaid.lines().noneMatch(l -> l.trim().startsWith("click") || l.trim().startsWith("evil")), "no statement injected");

        String dot = new DotDiagramWriter().write(topology);
        assertEquals(1, dot.lines().filter(l -> l.contains(" -> ")).count(), "one edge");
        assertTrue(dot.contains("\\\"]; evil[\\\""), "quotes escaped in DOT");
        assertFalse(dot.replace("\\\"", "").contains("\"]; evil["), "no raw quote closes the DOT string");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
