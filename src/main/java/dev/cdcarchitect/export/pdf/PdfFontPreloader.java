package dev.cdcarchitect.export.pdf;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Reads the fonts every PDF needs on a background thread, so a fresh process overlaps them with the design work
 * on its second core: the DejaVu fonts from the jar, and the metrics of PDF's 14 standard fonts, which
 * openhtmltopdf's font resolver loads for every document (12 AFM files, a tenth of a cold export). Both are
 * cached per process and safe to load from two threads; the export simply finds them ready, or waits its turn.
 */
public final class PdfFontPreloader {

    private PdfFontPreloader() {}

    public static void start() {
        Thread thread = new Thread(PdfFontPreloader::load, "pdf-font-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    static void load() {
        EmbeddedFonts.get();
        for (String name : Standard14Fonts.getNames()) Standard14Fonts.getAFM(name);
    }
}
