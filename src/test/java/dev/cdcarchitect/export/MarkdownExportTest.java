package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.export.document.MarkdownText;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown review document: golden files, lint-clean, and inert whatever the user typed. */
class MarkdownExportTest {

    private static final List<String> GOLDEN = List.of("postgres-seed", "mysql-rds", "mongodb");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<GoldenDesigns.Case> designs() {
        return GoldenDesigns.ALL.stream();
    }

    private static String document(DesignResult.Generated design) {
        return new MarkdownDocumentWriter().write(design, "design.svg", ExportFixtures.DATE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void documentIsCleanUnderMarkdownlintDefaults(GoldenDesigns.Case c) {
        assertEquals(List.of(), MarkdownLint.check(document(ExportFixtures.design(c))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void documentHasTheSectionsTheDiagramTwiceAndTheInputs(GoldenDesigns.Case c) {
        DesignResult.Generated design = ExportFixtures.design(c);
        String md = document(design);
        for (SpecSection s : SpecSection.values()) assertTrue(md.contains("\n## " + s.number() + ". " + MarkdownText.inline(s.heading()) + "\n"), s.heading());
        assertTrue(md.contains("```mermaid\nflowchart LR\n"), "Mermaid block");
        assertTrue(md.contains("![Pipeline diagram](design.svg)"), "SVG linked");
        assertTrue(md.contains("### Assumptions") && md.contains("### Sizing") && md.contains("| Figure | Value | Formula |"));
        assertTrue(md.contains("- **Source database:** "), "inputs");
        assertTrue(md.contains("```properties\n"), "config blocks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void matchesTheReviewedGoldenDocument(String name) throws IOException {
        GoldenDesigns.Case c = GoldenDesigns.ALL.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
        String md = document(ExportFixtures.design(c));
        Path golden = Path.of("src/test/resources/golden/export", name + ".md");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, md, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), md, "document changed for " + name + " (review, then -Dgolden.update=true)");
    }

    static Stream<String> golden() {
        return GOLDEN.stream();
    }

    /** Hostile text that the safety guard lets through (it is not an attack on the pipeline) reaches the document. */
    @Test
    void hostileUserTextPassingTheGuardStaysText() {
        String source = "PostgreSQL 14, 2 TB, 1k TPS. Notes: <img src=\"https://evil.example/x.png\"> ![x](https://evil.example/t.png) "
                + "<a href=\"https://evil.example\">link</a> <iframe src=\"https://evil.example\"></iframe> ``` ~~~ # heading | pipe | "
                + "*star* __under__ &amp; <!-- c -->\n## injected heading\n```\nfenced";
        DesignResult.Generated design = ExportFixtures.design(source, "Kafka to Snowflake");
        assertInert(document(design));
    }

    /** The same with text the guard would refuse, given straight to the writer: the writer alone must be safe. */
    @Test
    void hostileTextIsInertEvenWithoutTheGuard() {
        DesignResult.Generated seed = ExportFixtures.seed();
        String evil = "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> ![t](http://evil.example/t.png)\n```\n# h";
        DesignInput input = seed.input();
        DesignInput hostileInput = new DesignInput(evil, evil, input.source(), input.platform(), input.targets(), input.requirements(),
                input.assumptions(), input.inputWarnings());
        DesignSpec spec = seed.spec();
        DesignSpec hostileSpec = new DesignSpec(evil, spec.assumptions(), spec.sections(), spec.sizing(), spec.failureMatrix(),
                List.of(evil));
        assertInert(document(new DesignResult.Generated(hostileInput, hostileSpec, seed.topology())));
    }

    private static void assertInert(String md) {
        assertEquals(List.of(), MarkdownLint.check(md), "still lint-clean");
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()));
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(md));
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script, iframe, object, embed").size(), "no active content");
        assertEquals(List.of("design.svg"), doc.select("img").eachAttr("src"), "the only image is our diagram");
        for (String href : doc.select("a[href]").eachAttr("href")) {
            assertTrue(href.startsWith("https://"), "only https references: " + href);
            assertFalse(href.contains("evil.example"), "no user link: " + href);
        }
        assertEquals(1, doc.select("h1").size(), "no injected top-level heading");
        assertFalse(doc.select("h2").eachText().contains("injected heading"), "no injected heading");
        assertEquals(8, doc.select("h2").size(), "Inputs, diagram, the five sections and the cutover runbook only");
        assertTrue(doc.select("pre code.language-mermaid").size() == 1, "the Mermaid block is intact");
    }
}
