package dev.cdcarchitect.export.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu fonts shipped in the jar, as Java2D fonts, so a PNG looks the same on every machine and the PDF maps
 * the diagram's text to its own embedded fonts by family name and weight. Loaded once per process.
 */
final class DiagramFonts {

    private static final class Loaded {
        static final Font REGULAR = load("DejaVuSans.ttf", Font.PLAIN);
        static final Font BOLD = load("DejaVuSans-Bold.ttf", Font.BOLD);
    }

    private DiagramFonts() {}

    static Font of(boolean bold, double size) {
        return (bold ? Loaded.BOLD : Loaded.REGULAR).deriveFont((float) size);
    }

    private static Font load(String name, int style) {
        try (InputStream in = DiagramFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) throw new IOException("font resource /fonts/" + name + " is missing from the jar");
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style);
        } catch (IOException e) {
            throw new UncheckedIOException("the diagram font " + name + " could not be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the diagram font " + name + " is not a TrueType font", e);
        }
    }
}
