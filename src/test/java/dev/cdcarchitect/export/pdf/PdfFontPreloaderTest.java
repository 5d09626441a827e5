package dev.cdcarchitect.export.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The preloader shares the fonts with PDFs printed at the same time: no deadlock, no half-loaded font. */
class PdfFontPreloaderTest {

    @Test
    void pdfsPrintedWhileTheFontsPreloadAreComplete() throws IOException {
        List<CompletableFuture<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PdfFontPreloader.start();
            pdfs.add(CompletableFuture.supplyAsync(() -> new PdfDocumentWriter().writeMarkdown("t", "# Title\n\nwal_level=logical → ok", Paper.A4)));
        }
        for (CompletableFuture<byte[]> pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.join())) {
                assertTrue(new PDFTextStripper().getText(doc).contains("wal_level=logical → ok"));
            }
        }
    }
}
