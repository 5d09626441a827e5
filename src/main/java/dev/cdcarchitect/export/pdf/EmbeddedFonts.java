package dev.cdcarchitect.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The DejaVu fonts shipped in the jar (free to redistribute, see fonts/LICENSE-DejaVu.txt), so PDFs render arrows
 * and symbols the same on every machine. The SVG renderer takes font files only, so they are copied once per
 * process into a private temporary folder.
 */
final class EmbeddedFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    private static volatile EmbeddedFonts instance;

    final Path regular;
    final Path bold;
    final Path mono;
    /** Parsed once per process: parsing a 750 KB font takes longer than laying out the whole document. */
    final TrueTypeFont regularFont;
    final TrueTypeFont boldFont;
    final TrueTypeFont monoFont;

    private EmbeddedFonts(Path folder) throws IOException {
        regular = copy(folder, "DejaVuSans.ttf");
        bold = copy(folder, "DejaVuSans-Bold.ttf");
        mono = copy(folder, "DejaVuSansMono.ttf");
        regularFont = parse(regular);
        boldFont = parse(bold);
        monoFont = parse(mono);
    }

    /**
     * Without its GSUB table: PDFBox would run glyph substitution over every string it draws (a fifth of the
     * rendering time), and DejaVu's substitutions only matter for scripts a CDC spec does not use.
     */
    private static TrueTypeFont parse(Path file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        font.getTableMap().remove("GSUB");
        return font;
    }

    static EmbeddedFonts get() {
        EmbeddedFonts fonts = instance;
        if (fonts != null) return fonts;
        synchronized (EmbeddedFonts.class) {
            if (instance == null) {
                try {
                    Path folder = Files.createTempDirectory("cdc-architect-fonts");
                    folder.toFile().deleteOnExit();
                    instance = new EmbeddedFonts(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("the fonts for the PDF could not be prepared", e);
                }
            }
            return instance;
        }
    }

    private static Path copy(Path folder, String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IOException("font resource /fonts/" + name + " is missing from the jar");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        return target;
    }
}
