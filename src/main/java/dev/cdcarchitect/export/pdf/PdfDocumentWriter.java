package dev.cdcarchitect.export.pdf;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.document.SourceDateEpoch;
import dev.cdcarchitect.topology.layout.DiagramLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints the review document to PDF with openhtmltopdf. Rendering is closed to the outside: every external
 * resource request is refused (only {@code data:} URIs would pass, and the document has none), there is no SVG or
 * script engine at all (the diagram is painted by {@link DiagramObjectDrawer}), and the fonts come from the jar.
 */
public final class PdfDocumentWriter {

    /** Created on SOURCE_DATE_EPOCH when set, otherwise on the document's date: never the clock, so runs agree. */
    public byte[] write(DesignResult.Generated design, DiagramLayout layout, LocalDate date, Paper paper) {
        Instant created = SourceDateEpoch.get().orElse(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        return print(new ReviewDocument().build(design, layout, date, paper), DiagramObjectDrawer.factory(design.topology(), layout), created);
    }

    /** Any Markdown document (a design comparison, say) with the same fonts, page numbers and closed rendering. */
    public byte[] writeMarkdown(String title, String markdown, Paper paper) {
        return print(new MarkdownHtml().build(title, markdown, paper), new DefaultObjectDrawerFactory(), SourceDateEpoch.get().orElse(null));
    }

    private byte[] print(org.w3c.dom.Document dom, FSObjectDrawerFactory drawers, Instant created) {
        EmbeddedFonts fonts = EmbeddedFonts.get();
        EmbeddedFontMapper.install(fonts);
        PdfLogging.quiet();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // The parsed fonts are shared between documents and are not thread-safe: one document at a time.
        synchronized (EmbeddedFonts.class) {
            try (PDDocument pdf = new PDDocument();
                    PdfBoxRenderer renderer = new PdfRendererBuilder()
                        .useFastMode()
                        .useUnicodeLineBreaker(new WhitespaceLineBreaker())
                        .usePDDocument(pdf)
                        .useObjectDrawerFactory(drawers)
                        .useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.regularFont, true)), EmbeddedFonts.SANS, 400, FontStyle.NORMAL, true)
                        .useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.boldFont, true)), EmbeddedFonts.SANS, 700, FontStyle.NORMAL, true)
                        .useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.monoFont, true)), EmbeddedFonts.MONO, 400, FontStyle.NORMAL, true)
                        .useExternalResourceAccessControl(PdfDocumentWriter::onlyDataUris, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                        .useExternalResourceAccessControl(PdfDocumentWriter::onlyDataUris, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                        .withProducer("CDC Architect")
                        .withW3cDocument(dom, null)
                        .toStream(out)
                        .buildPdfRenderer()) {
                renderer.setListener(new ReproducibleMetadata(created));
                renderer.createPDF();
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("the PDF could not be rendered: " + e.getMessage(), e));
            }
        }
        return out.toByteArray();
    }

    /** The only links a PDF may hold, besides anchors inside the document: http(s) references. */
    static boolean isWebLink(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static boolean onlyDataUris(String uri, com.openhtmltopdf.outputdevice.helper.ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }
}
