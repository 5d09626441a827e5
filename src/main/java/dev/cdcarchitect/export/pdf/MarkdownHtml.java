package dev.cdcarchitect.export.pdf;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Any Markdown document (a design comparison, say) as the tree the PDF is printed from, with the review
 * document's stylesheet. Raw HTML in the Markdown is escaped by flexmark, and anything link- or media-like that is
 * not an http(s) reference is removed.
 */
final class MarkdownHtml {

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownHtml() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** A plain document: the Markdown rendered with raw HTML escaped and only http(s) links kept. */
    org.w3c.dom.Document build(String title, String markdown, Paper paper) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.title(title);
        doc.head().appendElement("style").appendText(ReviewCss.css(paper) + " .plain-doc h2 { page-break-before: auto; }");
        Element body = doc.body().appendElement("div").addClass("plain-doc");
        body.append(renderer.render(parser.parse(markdown)));
        sanitize(body);
        return new W3CDom().fromJsoup(doc);
    }

    /** Only http(s) links and in-document anchors survive; no media, scripts, frames or forms at all. */
    private static void sanitize(Element root) {
        root.select("script, style, iframe, frame, object, embed, link, meta, img, svg, video, audio, form, input, base").remove();
        for (Element a : root.select("a")) {
            String href = a.attr("href").trim();
            if (!(PdfDocumentWriter.isWebLink(href) || href.startsWith("#"))) a.unwrap();
        }
        for (Element e : root.getAllElements()) {
            e.attributes().asList().stream().filter(attr -> attr.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                    || attr.getKey().equalsIgnoreCase("style") || attr.getKey().equalsIgnoreCase("src"))
                    .map(Attribute::getKey).toList().forEach(e::removeAttr);
        }
    }
}
