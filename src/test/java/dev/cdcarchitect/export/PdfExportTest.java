package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.export.pdf.PdfDocumentWriter;
import dev.cdcarchitect.topology.layout.TopologyLayout;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF, read back with PDFBox: every section, the diagram's labels, embedded fonts, paper sizes, closed rendering. */
class PdfExportTest {

    private static DesignResult.Generated seed;
    private static byte[] a4;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        seed = ExportFixtures.seed();
        a4 = new DesignExporter().render(seed, ExportFormat.PDF, "seed.pdf", ExportFixtures.A4).get("");
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // lines wrap anywhere
        }
    }

    @Test
    void containsTheTitlePageContentsAndEverySection() {
        assertTrue(text.contains("CDC Architecture Specification"));
        assertTrue(text.contains("PostgreSQL 14 → Confluent Platform → Snowflake, Elasticsearch"), "title with Unicode arrows");
        assertTrue(text.contains(seed.input().sourceText()), "the source input on the title page");
        assertTrue(text.contains("Contents"));
        for (SpecSection s : SpecSection.values()) {
            assertTrue(text.contains(s.number() + ". " + s.heading()), "section " + s.heading());
        }
        assertTrue(text.contains("Failure matrix") && text.contains("Sizing") && text.contains("Assumptions"));
        assertTrue(text.contains("wal_level=logical"), "config blocks");
    }

    @Test
    void showsTheInputsAsReadWithTheUsersWordsAndWhatWasNotUnderstood() throws IOException {
        assertTrue(text.contains("Inputs as read") && text.contains("\"10k TPS\" (source_database)"), "facts with their words");
        DesignResult.Generated unclear = ExportFixtures.design(
                "PostgreSQL 15, peak 8,000 row changes/s, WAL generation 200 GB/day", "Kafka and Snowflake");
        byte[] pdf = new DesignExporter().render(unclear, ExportFormat.PDF, "unclear.pdf", ExportFixtures.A4).get("");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(all.contains("Not understood") && all.contains("\"WAL generation 200 GB/day\""), "the unread words, quoted");
            assertTrue(all.contains("8,000 changes/s"), "the stated peak");
        }
    }

    @Test
    void containsEveryLabelOfTheDiagram() {
        for (TopologyNode node : seed.topology().nodes()) {
            assertTrue(text.replace(" ", "").contains(node.label().replace(" ", "")), "diagram label " + node.label());
        }
    }

    /** The diagram is drawn with real text: its pages, from page 3 up to the components' caption, hold every box's label. */
    @Test
    void theDiagramIsDrawnWithRealTextInTheEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(3);
            stripper.setEndPage(pdf.getNumberOfPages());
            String pages = stripper.getText(pdf).replaceAll("\\s+", "");
            int caption = pages.indexOf("Builtfromthedesign'stopology");
            assertTrue(pages.startsWith("CDCArchitectureSpecificationPipelinediagram") && caption > 0, "page 3 opens the diagram: " + pages);
            String diagram = pages.substring(0, caption);
            for (TopologyNode node : seed.topology().nodes()) {
                // The full name, wrapped after its separators: each part is on the page (other boxes' text may
                // stand between two lines of one name in the text read by position).
                for (String part : node.label().split("(?<=[ ./_-])")) {
                    assertTrue(diagram.contains(part.replace(" ", "")), "drawn as text: " + node.label() + " (" + part + ")");
                }
            }
        }
    }

    @Test
    void hasPageNumbersATableOfContentsWithPagesAndEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 10, "a full document, " + pages + " pages");
            assertTrue(text.contains("Page 2 of " + pages), "page numbers");
            assertTrue(text.matches(".*Pipeline diagram \\.+ 3 .*"), "contents with page numbers");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4 height in points");
        }
    }

    @Test
    void letterPaper() throws IOException {
        byte[] letter = new DesignExporter().render(seed, ExportFormat.PDF, "seed.pdf",
                new DesignExporter.Options(Paper.LETTER, ExportFixtures.DATE)).get("");
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertEquals(612, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(pdf.getPage(0).getMediaBox().getHeight()));
        }
    }

    @Test
    void linksAreOnlyTheHttpsReferencesAndTheContents() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4)) {
            int external = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertTrue(uri.getURI().startsWith("https://"), uri.getURI());
                        external++;
                    }
                }
            }
            assertTrue(external > 10, "references are clickable");
        }
    }

    /** Rendering never reaches out: remote and file: resources, SVG and objects in hostile user text load nothing. */
    @Test
    void renderingIsClosedToTheOutside() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(200);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.start();
            String remote = "http://127.0.0.1:" + server.getLocalPort();
            String hostile = "PostgreSQL 14 <img src=\"" + remote + "/a.png\"> ![x](" + remote + "/b.png) <link rel=stylesheet href=\"" + remote
                    + "/c.css\"> <iframe src=\"" + remote + "/d\"></iframe> <script>fetch('" + remote + "/e')</script> [x](javascript:alert(1))"
                    + " <svg><image href=\"" + remote + "/f.png\"/><image href=\"file:///etc/passwd\"/></svg> <object type=\"application/x-cdc-architect-diagram\" data=\""
                    + remote + "/g\"></object>";
            DesignInput in = seed.input();
            DesignResult.Generated design = new DesignResult.Generated(new DesignInput(hostile, hostile, in.source(), in.platform(),
                    in.targets(), in.requirements(), in.assumptions(), List.of(hostile)), seed.spec(), seed.topology());
            byte[] pdf = new PdfDocumentWriter().write(design, new TopologyLayout().layout(seed.topology()), ExportFixtures.DATE, Paper.A4);
            Thread.sleep(300);
            server.close();
            listener.join(2000);
            assertEquals(0, connections.get(), "no request left the renderer");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(extracted.contains("<script>fetch") && extracted.contains("<iframe src="), "hostile text is shown as text");
                List<String> uris = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
                    }
                }
                assertTrue(uris.stream().allMatch(u -> u.startsWith("https://")), "no user link: " + uris);
            }
        }
    }
}
