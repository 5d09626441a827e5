package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.NodeSetting;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.document.SpecOutline;
import dev.cdcarchitect.export.document.SpecSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.rules.GoldenDesigns;

/**
 * What a reader copies out of the PDF must be exactly what the export holds: a config key or value wrapped at one of
 * its dots or dashes reads back as "offset.storage. topic=" and breaks a pasted config. Lines may wrap only at spaces.
 */
class PdfCopySafetyTest {

    private static DesignResult.Generated seed;
    /** The PDF's words as PDFBox extracts them: a line wrap splits a word in two. */
    private static List<String> words;
    /** The PDF's text with all whitespace removed: a word split by a wrap is whole again here. */
    private static String joined;

    @BeforeAll
    static void render() throws IOException {
        seed = ExportFixtures.seed();
        String text = textPages(seed);
        words = Arrays.asList(text.split("\\s+"));
        joined = text.replaceAll("\\s+", "");
    }

    /** The text of the PDF's portrait pages. */
    private static String textPages(DesignResult.Generated design) throws IOException {
        byte[] pdf = new DesignExporter().render(design, ExportFormat.PDF, "design.pdf", ExportFixtures.A4).get("");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The text pages only: the landscape diagram pages draw node names wrapped at their separators, as the
            // window does (issue 16: full names, wrapped), and are a drawing, not text to copy into a config.
            StringBuilder textPages = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                var box = doc.getPage(page - 1).getMediaBox();
                if (box.getWidth() > box.getHeight()) continue;
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                textPages.append(stripper.getText(doc)).append('\n');
            }
            return textPages.toString();
        }
    }

    @Test
    void everyKeySettingOfTheComponentsTableIsOneUnbrokenWord() {
        Set<String> settings = new LinkedHashSet<>();
        for (TopologyNode node : seed.topology().nodes()) {
            for (NodeSetting s : node.settings()) settings.add(s.key() + "=" + s.value());
        }
        assertNoneBroken(settings);
    }

    @Test
    void everyWordOfEveryConfigBlockIsUnbroken() {
        assertConfigWordsWhole(seed, words, joined);
    }

    /**
     * Every golden design: its longest config words (an MSK IAM callback handler setting is 121 characters, no space)
     * do not fit an A4 line at 8 pt, so their block is set smaller rather than broken inside the word.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenDesigns")
    void everyGoldenDesignsConfigWordsAreWhole(GoldenDesigns.Case c) throws IOException {
        DesignResult.Generated design = (DesignResult.Generated) new DesignService().design(c.source(), c.target());
        String text = textPages(design);
        assertConfigWordsWhole(design, Arrays.asList(text.split("\\s+")), text.replaceAll("\\s+", ""));
    }

    static List<GoldenDesigns.Case> goldenDesigns() {
        return GoldenDesigns.ALL;
    }

    private static void assertConfigWordsWhole(DesignResult.Generated design, List<String> pdfWords, String pdfJoined) {
        Set<String> configWords = new LinkedHashSet<>();
        for (String block : codeBlocks(design)) configWords.addAll(Arrays.asList(block.split("\\s+")));
        configWords.remove("");
        List<String> absent = configWords.stream().filter(w -> !pdfJoined.contains(w)).toList();
        assertTrue(absent.isEmpty(), "every config word is on the text pages, where it is checked: " + absent);
        assertNoneBroken(configWords, pdfWords, pdfJoined);
    }

    /**
     * A word is broken somewhere when the text without whitespace holds it more often than the PDF's words do: every
     * extra occurrence spans a line wrap. Words with spaces are checked piece by piece (they may wrap at the space); the words checked are
     * the ones a wrap could break at a dot, dash, slash, underscore or equals sign.
     */
    private static void assertNoneBroken(Set<String> expected) {
        assertNoneBroken(expected, words, joined);
    }

    private static void assertNoneBroken(Set<String> expected, List<String> words, String joined) {
        List<String> broken = new ArrayList<>();
        for (String phrase : expected) {
            for (String word : phrase.split(" ")) {
                // Short or plain words also occur across the boundary of two neighbours once whitespace is gone.
                if (word.length() < 8 || word.chars().noneMatch(c -> ".=-/_".indexOf(c) >= 0)) continue;
                int whole = words.stream().mapToInt(w -> occurrences(w, word)).sum();
                if (occurrences(joined, word) > whole) broken.add(word);
            }
        }
        assertTrue(broken.isEmpty(), "broken across lines, a copy would not be the text: " + broken);
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) count++;
        return count;
    }

    private static List<String> codeBlocks(DesignResult.Generated design) {
        List<String> blocks = new ArrayList<>();
        SpecOutline.write(design.spec(), new SpecSink() {
            @Override public void section(SpecSection section) {}
            @Override public void heading(String title) {}
            @Override public void bullet(String label, String id, String text) {}
            @Override public void references(List<Reference> references) {}
            @Override public void table(List<String> header, List<List<String>> rows) {}
            @Override public void code(String language, String body) { blocks.add(body); }
        });
        return blocks;
    }
}
