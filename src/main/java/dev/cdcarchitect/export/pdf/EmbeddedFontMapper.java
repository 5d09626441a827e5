package dev.cdcarchitect.export.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox maps the 14 standard PDF fonts to system fonts, and the first time it does so it scans every font
 * on the machine (seconds, and a different result per machine). Our documents only ever draw with the embedded
 * DejaVu fonts, so every mapping request is answered with DejaVu Sans and nothing is scanned.
 */
final class EmbeddedFontMapper implements FontMapper {

    private final TrueTypeFont fallback;

    private EmbeddedFontMapper(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    private static volatile boolean installed;

    /** Installs the mapper once per process (PDFBox keeps it in a static). */
    static void install(EmbeddedFonts fonts) {
        if (installed) return;
        synchronized (EmbeddedFontMapper.class) {
            if (!installed) {
                org.apache.pdfbox.pdmodel.font.FontMappers.set(new EmbeddedFontMapper(fonts.regularFont));
                installed = true;
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
