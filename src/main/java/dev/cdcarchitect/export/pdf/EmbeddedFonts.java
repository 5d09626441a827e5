package dev.cdcarchitect.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The DejaVu fonts shipped in the jar (free to redistribute, see fonts/LICENSE-DejaVu.txt), so PDFs render arrows
 * and symbols the same on every machine.
 */
final class EmbeddedFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    private static volatile EmbeddedFonts instance;

    /** Parsed once per process: parsing a 750 KB font takes longer than laying out the whole document. */
    final TrueTypeFont regularFont;
    final TrueTypeFont boldFont;
    final TrueTypeFont monoFont;

    private EmbeddedFonts() throws IOException {
        regularFont = parse("DejaVuSans.ttf");
        boldFont = parse("DejaVuSans-Bold.ttf");
        monoFont = parse("DejaVuSansMono.ttf");
    }

    /**
     * Without its GSUB table: PDFBox would run glyph substitution over every string it draws (a fifth of the
     * rendering time), and DejaVu's substitutions only matter for scripts a CDC spec does not use.
     */
    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IOException("font resource /fonts/" + name + " is missing from the jar");
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.getTableMap().remove("GSUB");
            return font;
        }
    }

    static EmbeddedFonts get() {
        EmbeddedFonts fonts = instance;
        if (fonts != null) return fonts;
        synchronized (EmbeddedFonts.class) {
            if (instance == null) {
                try {
                    instance = new EmbeddedFonts();
                } catch (IOException e) {
                    throw new UncheckedIOException("the fonts for the PDF could not be prepared", e);
                }
            }
            return instance;
        }
    }
}
