package dev.cdcarchitect.export.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.DesignExporter;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 16 item 2 in the exports: the SVG (and the PNG and PDF, drawn by the same painter) shows every node's full
 * name, wrapped at its separators like the window, never cut with "…", and every line of text stays inside its box.
 */
class ExportedDiagramNamesTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static final java.util.List<GoldenDesigns.Case> DESIGNS = GoldenDesigns.ALL;

    private static DesignResult.Generated design(GoldenDesigns.Case c) {
        if (new DesignService().design(c.source(), c.target()) instanceof DesignResult.Generated g) return g;
        throw new AssertionError("refused: " + c.name());
    }

    private static Document svg(DesignResult.Generated design) throws Exception {
        byte[] svg = new DesignExporter().render(design, ExportFormat.SVG, "d.svg", DesignExporter.Options.today()).get("");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static Map<String, Element> groups(Document svg) {
        Map<String, Element> groups = new HashMap<>();
        NodeList list = svg.getElementsByTagName("g");
        for (int i = 0; i < list.getLength(); i++) groups.put(((Element) list.item(i)).getAttribute("id"), (Element) list.item(i));
        return groups;
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DESIGNS")
    void everyNodeShowsItsFullNameNeverCut(GoldenDesigns.Case c) throws Exception {
        DesignResult.Generated design = design(c);
        Document svg = svg(design);
        Map<String, Element> groups = groups(svg);
        for (TopologyNode node : design.topology().nodes()) {
            Element group = groups.get(node.id());
            // The name may be spread over several lines (text elements); read together they give it back.
            StringBuilder text = new StringBuilder();
            NodeList texts = group.getElementsByTagName("text");
            for (int i = 0; i < texts.getLength(); i++) text.append(texts.item(i).getTextContent());
            assertTrue(text.toString().contains(node.label()), c.name() + ": full name of " + node.id() + " \"" + node.label() + "\" in " + text);
        }
        // A cut ends with an ellipsis ("PostgreSQL 14 (self-man…"); "… 18 more members" of a large group is no cut.
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            assertFalse(texts.item(i).getTextContent().endsWith("\u2026"), c.name() + ": cut with an ellipsis: " + texts.item(i).getTextContent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DESIGNS")
    void everyLineOfTextStaysInsideItsBox(GoldenDesigns.Case c) throws Exception {
        Map<String, Element> groups = groups(svg(design(c)));
        for (Map.Entry<String, Element> group : groups.entrySet()) {
            Element box = (Element) group.getValue().getElementsByTagName("rect").item(0);
            double right = number(box, "x") + number(box, "width");
            double bottom = number(box, "y") + number(box, "height");
            NodeList texts = group.getValue().getElementsByTagName("text");
            assertTrue(texts.getLength() >= 2, group.getKey());
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                boolean bold = "bold".equals(text.getAttribute("font-weight"));
                double size = number(text, "font-size");
                double width = DiagramFonts.of(bold, size).getStringBounds(text.getTextContent().stripTrailing(), FRC).getWidth();
                String what = c.name() + ": \"" + text.getTextContent() + "\" of " + group.getKey();
                assertTrue(number(text, "x") + width <= right - 2, what + " ends at " + (number(text, "x") + width) + ", its box at " + right);
                assertTrue(number(text, "y") + size * 0.25 <= bottom - 1, what + " runs below its box");
            }
        }
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
