package dev.cdcarchitect.export.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;

/** openhtmltopdf and PDFBox log progress at INFO/WARNING; the user sees our messages, not theirs. */
final class PdfLogging {

    private PdfLogging() {}

    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    static void quiet() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX.setLevel(Level.SEVERE);
        FONTBOX.setLevel(Level.SEVERE);
    }
}
