package dev.cdcarchitect.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Comparison PDFs come from Markdown: raw HTML is shown as text, media and non-web links are removed. */
class MarkdownHtmlTest {

    private static final String HOSTILE = """
            # Comparison

            <script>fetch('http://127.0.0.1:9/x')</script> <img src="http://127.0.0.1:9/a.png">
            ![remote](http://127.0.0.1:9/b.png) [run](javascript:alert(1)) [local](file:///etc/passwd)
            <a href="javascript:alert(2)">raw link</a> [docs](https://debezium.io/documentation/)

            | setting | value |
            | --- | --- |
            | tasks.max | 1 |
            """;

    @Test
    void rawHtmlIsTextAndOnlyWebLinksSurvive() {
        Document dom = new MarkdownHtml().build("t", HOSTILE, Paper.A4);
        for (String tag : new String[] {"script", "img", "iframe", "object"}) {
            assertEquals(0, dom.getElementsByTagName(tag).getLength(), tag);
        }
        NodeList links = dom.getElementsByTagName("a");
        assertEquals(1, links.getLength());
        assertEquals("https://debezium.io/documentation/", ((Element) links.item(0)).getAttribute("href"));
        assertTrue(dom.getDocumentElement().getTextContent().contains("<script>fetch("), "raw HTML shown as text");
        assertEquals(1, dom.getElementsByTagName("table").getLength(), "Markdown tables render");
    }

    @Test
    void thePdfHasTheTextAndOnlyTheWebLink() throws IOException {
        byte[] pdf = new PdfDocumentWriter().writeMarkdown("Design comparison", HOSTILE, Paper.LETTER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("tasks.max"));
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
                }
            }
            assertEquals(List.of("https://debezium.io/documentation/"), uris);
        }
    }
}
