package dev.cdcarchitect.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The review document's tree: user text stays text, only web references become links, bullets share lists. */
class DomSpecSinkTest {

    private final XhtmlTree tree = new XhtmlTree("t", "");
    private final Element root = tree.append(tree.body, "div");
    private final DomSpecSink sink = new DomSpecSink(tree, root);

    @Test
    void markupInTextStaysText() {
        sink.bullet("Warning", null, "<script>alert(1)</script> **not bold** [x](javascript:alert(1))");
        assertEquals(0, root.getElementsByTagName("script").getLength());
        assertEquals("Warning: <script>alert(1)</script> **not bold** [x](javascript:alert(1))", root.getTextContent());
    }

    @Test
    void onlyHttpReferencesBecomeLinks() {
        sink.references(List.of(new Reference("Docs", "https://debezium.io/documentation/"), new Reference("Trap", "javascript:alert(1)"),
                new Reference("Local", "file:///etc/passwd")));
        NodeList links = root.getElementsByTagName("a");
        assertEquals(1, links.getLength());
        assertEquals("https://debezium.io/documentation/", ((Element) links.item(0)).getAttribute("href"));
        assertEquals("References: Docs; Trap; Local", root.getTextContent());
    }

    @Test
    void consecutiveBulletsShareOneListAndABlockEndsIt() {
        sink.section(SpecSection.ENGINE);
        sink.bullet("Decision", "engine.selection", "Use Debezium.");
        sink.bullet("Rationale", null, "Log-based.");
        sink.code("properties", "a=b");
        sink.bullet(null, null, "Next.");
        assertEquals(2, root.getElementsByTagName("ul").getLength());
        assertEquals(3, root.getElementsByTagName("li").getLength());
        assertEquals("Decision (engine.selection): Use Debezium.", root.getElementsByTagName("li").item(0).getTextContent());
        assertEquals(List.of(new DomSpecSink.Entry("section-1", "1. CDC Engine Selection & Configuration")), sink.sections());
    }
}
