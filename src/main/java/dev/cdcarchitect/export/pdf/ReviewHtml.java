package dev.cdcarchitect.export.pdf;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import dev.cdcarchitect.export.diagram.DiagramPainter;
import dev.cdcarchitect.topology.NodeCaptions;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML the PDF is printed from: a title page with the inputs, a table of contents with page numbers, the
 * diagram (painted into the PDF by {@link DiagramObjectDrawer}), and the five sections rendered from the same Markdown as the Markdown export. Built with
 * jsoup's element API so user text is always text; raw HTML in the Markdown is escaped by flexmark and anything
 * link- or media-like that is not an http(s) reference is removed.
 */
final class ReviewHtml {

    private static final double DIAGRAM_MAX_WIDTH_PX = 680;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownSpecWriter markdown = new MarkdownSpecWriter();

    ReviewHtml() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    Document build(DesignResult.Generated design, DiagramLayout layout, LocalDate date, Paper paper) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.title("CDC Architecture Specification: " + design.spec().title());
        doc.head().appendElement("style").appendText(ReviewCss.css(paper));
        Element body = doc.body();

        Element title = body.appendElement("section").addClass("title-page");
        title.appendElement("p").addClass("kicker").text("CDC Architecture Specification");
        title.appendElement("h1").text(design.spec().title().replace(" -> ", " → "));
        title.appendElement("p").addClass("date").text("Design review document, " + date);
        Element inputs = title.appendElement("table").addClass("inputs");
        row(inputs, "Source database", design.input().sourceText());
        row(inputs, "Target systems", design.input().targetText());
        title.appendElement("p").addClass("made").text("Generated offline by the CDC Architect rule engine. Every decision carries its "
                + "rationale and the official documentation it rests on; sizing shows its formulas.");

        Element spec = new Element("div").addClass("spec");
        StringBuilder md = new StringBuilder();
        markdown.body(md, design.spec());
        spec.append(renderer.render(parser.parse(md.toString())));
        sanitize(spec);

        Element toc = body.appendElement("section").addClass("toc");
        toc.appendElement("h2").addClass("plain").text("Contents");
        Element list = toc.appendElement("ul");
        tocEntry(list, "diagram", "Pipeline diagram");
        int n = 0;
        for (Element h2 : spec.select("h2")) {
            String id = "section-" + (++n);
            h2.attr("id", id);
            tocEntry(list, id, h2.text());
        }

        Element diagram = body.appendElement("section").addClass("diagram").attr("id", "diagram");
        diagram.appendElement("h2").text("Pipeline diagram");
        diagram.appendChild(diagramObject(layout));
        diagram.appendElement("p").addClass("caption").text("Built from the design's topology: connectors with their tasks, topics with "
                + "partitions, consumer groups with members, sinks, targets and dead-letter topics. The components, as text:");
        components(diagram.appendElement("table").addClass("components"), design);
        body.appendChild(spec);
        return doc;
    }

    /** Every box of the diagram as a row, so the diagram's content is searchable, copyable and read by screen readers. */
    private static void components(Element table, DesignResult.Generated design) {
        Element head = table.appendElement("tr");
        for (String h : new String[] {"Component", "Name", "Size", "Key settings"}) head.appendElement("th").text(h);
        for (TopologyNode node : design.topology().nodes()) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(NodeCaptions.kind(node));
            tr.appendElement("td").text(node.label());
            tr.appendElement("td").text(NodeCaptions.detail(node));
            tr.appendElement("td").text(node.settings().stream().map(s -> s.key() + "=" + s.value()).collect(Collectors.joining(", ")));
        }
    }

    /** A plain document: the Markdown rendered with raw HTML escaped and only http(s) links kept. */
    Document plain(String title, String markdown, Paper paper) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.title(title);
        doc.head().appendElement("style").appendText(ReviewCss.css(paper) + " .plain-doc h2 { page-break-before: auto; }");
        Element body = doc.body().appendElement("div").addClass("plain-doc");
        body.append(renderer.render(parser.parse(markdown)));
        sanitize(body);
        return doc;
    }

    private static void row(Element table, String label, String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").text(label);
        tr.appendElement("td").text(value);
    }

    private static void tocEntry(Element list, String id, String text) {
        list.appendElement("li").appendElement("a").attr("href", "#" + id).text(text);
    }

    /** Where the diagram is painted (see {@link DiagramObjectDrawer}), scaled down to the text width if wider. */
    private static Element diagramObject(DiagramLayout layout) {
        double w = DiagramPainter.width(layout);
        double h = DiagramPainter.height(layout);
        double scale = Math.min(1, DIAGRAM_MAX_WIDTH_PX / Math.max(1, w));
        long width = Math.round(w * scale);
        long height = Math.round(h * scale);
        return new Element("object").attr("type", DiagramObjectDrawer.TYPE).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("style", "width: " + width + "px; height: " + height + "px;")
                .text("Pipeline diagram");
    }

    /** Only http(s) links and in-document anchors survive; no media, scripts, frames or forms at all. */
    static void sanitize(Element root) {
        root.select("script, style, iframe, frame, object, embed, link, meta, img, svg, video, audio, form, input, base").remove();
        for (Element a : root.select("a")) {
            String href = a.attr("href").trim().toLowerCase(java.util.Locale.ROOT);
            if (!(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("#"))) a.unwrap();
        }
        for (Element e : root.getAllElements()) {
            e.attributes().asList().stream().filter(attr -> attr.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")
                    || attr.getKey().equalsIgnoreCase("style") || attr.getKey().equalsIgnoreCase("src"))
                    .map(org.jsoup.nodes.Attribute::getKey).toList().forEach(e::removeAttr);
        }
    }
}
