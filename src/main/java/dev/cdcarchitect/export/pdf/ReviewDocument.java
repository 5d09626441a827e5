package dev.cdcarchitect.export.pdf;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.SpecOutline;
import dev.cdcarchitect.export.diagram.DiagramPainter;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The document the PDF is printed from: a title page with the inputs, a table of contents with page numbers, the
 * diagram (painted by {@link DiagramObjectDrawer}) with its components as a table, and the five sections in the
 * same order as the Markdown export ({@link SpecOutline}). Built as a tree, not parsed from text (decision 0009).
 */
final class ReviewDocument {

    private static final double DIAGRAM_MAX_WIDTH_PX = 680;

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
        diagram.appendChild(diagramObject(tree, layout));
        tree.append(diagram, "p", "caption", "Built from the design's topology: connectors with their tasks, topics with "
                + "partitions, consumer groups with members, sinks, targets and dead-letter topics. The components, as text:");
        components(tree, tree.append(diagram, "table"), design);
        tree.body.appendChild(spec);
        return tree.document;
    }

    /** Every box of the diagram as a row, so the diagram's content is searchable, copyable and read by screen readers. */
    private static void components(XhtmlTree tree, Element table, DesignResult.Generated design) {
        table.setAttribute("class", "components");
        Element head = tree.append(table, "tr");
        for (String h : new String[] {"Component", "Name", "Size", "Key settings"}) tree.append(head, "th", h);
        for (TopologyNode node : design.topology().nodes()) {
            Element tr = tree.append(table, "tr");
            tree.append(tr, "td", NodeCaptions.kind(node));
            tree.append(tr, "td", node.label());
            tree.append(tr, "td", NodeCaptions.detail(node));
            tree.append(tr, "td", node.settings().stream().map(s -> s.key() + "=" + s.value()).collect(Collectors.joining(", ")));
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

    /** Where the diagram is painted, scaled down to the text width if wider. */
    private static Element diagramObject(XhtmlTree tree, DiagramLayout layout) {
        double w = DiagramPainter.width(layout);
        double h = DiagramPainter.height(layout);
        double scale = Math.min(1, DIAGRAM_MAX_WIDTH_PX / Math.max(1, w));
        long width = Math.round(w * scale);
        long height = Math.round(h * scale);
        Element object = tree.create("object");
        object.setAttribute("type", DiagramObjectDrawer.TYPE);
        object.setAttribute("style", "width: " + width + "px; height: " + height + "px;");
        object.setTextContent("Pipeline diagram");
        return object;
    }
}
