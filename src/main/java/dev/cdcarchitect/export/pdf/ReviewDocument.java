package dev.cdcarchitect.export.pdf;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.document.RunbookOutline;
import dev.cdcarchitect.export.document.SpecOutline;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.time.LocalDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document the PDF is printed from: a title page with the inputs, a table of contents with page numbers, the
 * diagram (painted by {@link DiagramObjectDrawer}) with its components as a table, and the five sections in the
 * same order as the Markdown export ({@link SpecOutline}), then the cutover runbook ({@link RunbookOutline}). Built as a tree, not parsed from text (decision 0009).
 */
final class ReviewDocument {

    private static final double PX_PER_MM = 96 / 25.4;
    /** The landscape page's left and right margins ({@link ReviewCss}). */
    private static final double DIAGRAM_SIDE_MARGINS_MM = 24;
    /** Top and bottom margins (20 mm), the heading (10 mm), a part's caption (5 mm) and some slack. */
    private static final double DIAGRAM_PAGE_FURNITURE_MM = 40;

    Document build(DesignResult.Generated design, DiagramLayout layout, LocalDate date, Paper paper) {
        XhtmlTree tree = new XhtmlTree("CDC Architecture Specification: " + design.spec().title(), ReviewCss.css(paper));

        Element title = tree.append(tree.body, "section");
        title.setAttribute("class", "title-page");
        tree.append(title, "p", "kicker", "CDC Architecture Specification");
        tree.append(title, "h1", design.spec().title().replace(" -> ", " → "));
        tree.append(title, "p", "date", "Design review document, " + date);
        Element inputs = tree.append(title, "table");
        inputs.setAttribute("class", "inputs");
        row(tree, inputs, "Source database", design.input().sourceText());
        row(tree, inputs, "Target systems", design.input().targetText());
        tree.append(title, "p", "made", "Generated offline by the CDC Architect rule engine. Every decision carries its "
                + "rationale and the official documentation it rests on; sizing shows its formulas.");

        Element spec = tree.create("div");
        spec.setAttribute("class", "spec");
        DomSpecSink sink = new DomSpecSink(tree, spec);
        SpecOutline.write(design.spec(), sink);
        RunbookOutline.write(design, sink);

        Element toc = tree.append(tree.body, "section");
        toc.setAttribute("class", "toc");
        tree.append(toc, "h2", "plain", "Contents");
        Element list = tree.append(toc, "ul");
        tocEntry(tree, list, "diagram", "Pipeline diagram");
        for (DomSpecSink.Entry entry : sink.sections()) tocEntry(tree, list, entry.id(), entry.title());

        Element diagram = tree.append(tree.body, "section");
        diagram.setAttribute("class", "diagram");
        diagram.setAttribute("id", "diagram");
        tree.append(diagram, "h2", "Pipeline diagram");
        diagramParts(tree, diagram, layout, paper);
        Element parts = tree.append(tree.body, "section");
        tree.append(parts, "p", "caption", "Built from the design's topology: connectors with their tasks, topics with "
                + "partitions, consumer groups with members, sinks, targets and dead-letter topics. The components, as text:");
        components(tree, tree.append(parts, "table"), design);
        tree.body.appendChild(spec);
        return tree.document;
    }

    /** Every box of the diagram as a row, so the diagram's content is searchable, copyable and read by screen readers. */
    private static void components(XhtmlTree tree, Element table, DesignResult.Generated design) {
        table.setAttribute("class", "components");
        Element head = tree.append(tree.append(table, "thead"), "tr");
        tree.append(head, "th", "kind", "Component");
        tree.append(head, "th", "name", "Name");
        tree.append(head, "th", "size", "Size");
        tree.append(head, "th", "settings", "Key settings");
        Element body = tree.append(table, "tbody");
        for (TopologyNode node : design.topology().nodes()) {
            Element tr = tree.append(body, "tr");
            tree.append(tr, "td", NodeCaptions.kind(node));
            tree.append(tr, "td", node.label());
            tree.append(tr, "td", NodeCaptions.detail(node));
            // One setting a line: a line ends only between settings, so each copies out whole.
            Element settings = tree.append(tr, "td");
            for (NodeSetting s : node.settings()) tree.append(settings, "div", s.key() + "=" + s.value());
        }
    }

    private static void row(XhtmlTree tree, Element table, String label, String value) {
        Element tr = tree.append(table, "tr");
        tree.append(tr, "th", label);
        tree.append(tr, "td", value);
    }

    private static void tocEntry(XhtmlTree tree, Element list, String id, String text) {
        tree.append(tree.append(list, "li"), "a", text).setAttribute("href", "#" + id);
    }

    /** Where the diagram is painted: one object per landscape page, each showing its part of the drawing. */
    private static void diagramParts(XhtmlTree tree, Element section, DiagramLayout layout, Paper paper) {
        DiagramTiles parts = DiagramTiles.of(layout, PX_PER_MM * (paper.landscapeWidthMm() - DIAGRAM_SIDE_MARGINS_MM),
                PX_PER_MM * (paper.landscapeHeightMm() - DIAGRAM_PAGE_FURNITURE_MM));
        int count = parts.tiles().size();
        for (int i = 0; i < count; i++) {
            DiagramTiles.Tile tile = parts.tiles().get(i);
            Element part = tree.append(section, "div");
            if (i > 0) part.setAttribute("class", "diagram-part");
            if (count > 1) tree.append(part, "p", "caption", (i == 0 ? "Part 1" : "Pipeline diagram, part " + (i + 1)) + " of " + count
                    + (i == 0 ? ": the diagram is cut into pages to keep its text readable; the parts go top to bottom, then left to right." : ""));
            Element object = tree.append(part, "object");
            object.setAttribute("type", DiagramObjectDrawer.TYPE);
            object.setAttribute("data-x", Double.toString(tile.x()));
            object.setAttribute("data-y", Double.toString(tile.y()));
            object.setAttribute("data-width", Double.toString(tile.width()));
            object.setAttribute("data-height", Double.toString(tile.height()));
            object.setAttribute("style", "width: " + Math.round(tile.width() * parts.scale()) + "px; height: "
                    + Math.round(tile.height() * parts.scale()) + "px;");
            object.setTextContent("Pipeline diagram");
        }
    }
}
