package dev.cdcarchitect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.export.document.SpecOutline;
import dev.cdcarchitect.export.document.SpecSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** How the PDF's pages are laid out: the diagram on landscape pages with readable labels, table headers on every page. */
class PdfPagesTest {

    private static final String CAPTION = "Builtfromthedesign'stopology";

    /** The diagram's pages: from the one after the contents up to the one with the caption of the components table. */
    private record Pages(List<String> text, List<Float> smallestFont, List<Boolean> landscape) {
        int first() {
            return 2;
        }

        int captionPage() {
            for (int i = 0; i < text.size(); i++) if (text.get(i).contains(CAPTION)) return i;
            throw new AssertionError("no components caption");
        }
    }

    @Test
    void theSeedDiagramIsOnLandscapePagesWithLabelsOfAtLeastSevenPoints() throws IOException {
        assertDiagramPagesReadable(ExportFixtures.seed(), 1);
    }

    /** Seven sinks make a diagram too large for one page at 7 pt: it continues on the next landscape pages. */
    @Test
    void aLargeTopologyIsSplitOverSeveralLandscapePages() throws IOException {
        assertDiagramPagesReadable(large(), 2);
    }

    @Test
    void everyTableRepeatsItsHeaderOnEachPageItContinuesOn() throws IOException {
        DesignResult.Generated seed = large(); // its 32 components need more than a page
        Pages pages = read(pdf(seed));
        List<List<String>> headers = new ArrayList<>();
        List<String> lastCells = new ArrayList<>();
        headers.add(List.of("Component", "Name", "Size", "Key settings"));
        List<TopologyNode> nodes = seed.topology().nodes();
        lastCells.add(nodes.get(nodes.size() - 1).label());
        SpecOutline.write(seed.spec(), new TableCollector(headers, lastCells));
        int continued = 0;
        for (int t = 0; t < headers.size(); t++) {
            String header = strip(headers.get(t).get(0) + headers.get(t).get(1)); // later header cells may wrap in narrow columns
            int from = indexOf(pages.text(), header, 0);
            assertTrue(from >= 0, "table header on some page: " + header);
            int to = indexOf(pages.text(), strip(lastCells.get(t)), from); // the first page after the header with the last row
            for (int p = from + 1; p <= to; p++) {
                continued++;
                assertTrue(pages.text().get(p).contains(header), "page " + (p + 1) + " continues a table without its header " + header);
            }
        }
        assertTrue(continued >= 1, "the design has tables that continue on a next page: " + continued);
    }

    private static void assertDiagramPagesReadable(DesignResult.Generated design, int atLeastPages) throws IOException {
        Pages pages = read(pdf(design));
        int caption = pages.captionPage();
        int diagramPages = caption - pages.first(); // the caption opens the components, on the first page after the diagram
        assertTrue(diagramPages >= atLeastPages, "diagram pages: " + diagramPages);
        StringBuilder diagram = new StringBuilder();
        for (int p = pages.first(); p < caption; p++) {
            assertTrue(pages.landscape().get(p), "page " + (p + 1) + " is landscape");
            assertTrue(pages.smallestFont().get(p) >= 7f, "page " + (p + 1) + " has text of " + pages.smallestFont().get(p) + " pt");
            diagram.append(pages.text().get(p));
        }
        assertTrue(!pages.landscape().get(caption), "the components table is back on portrait pages");
        for (TopologyNode node : design.topology().nodes()) {
            // The full name, wrapped after its separators: the text reads each part, line by line.
            for (String part : node.label().split("(?<=[ ./_-])")) {
                assertTrue(diagram.toString().contains(strip(part)), "drawn: " + node.label() + " (" + part + ")");
            }
        }
    }

    private static DesignResult.Generated large() {
        return ExportFixtures.design("PostgreSQL 14, 50TB volume, 10k TPS",
                "Kafka with sinks to Snowflake, Elasticsearch, BigQuery, S3, ClickHouse, Redshift and MongoDB");
    }

    private static byte[] pdf(DesignResult.Generated design) {
        return new DesignExporter().render(design, ExportFormat.PDF, "d.pdf", ExportFixtures.A4).get("");
    }

    private static Pages read(byte[] bytes) throws IOException {
        List<String> text = new ArrayList<>();
        List<Float> smallest = new ArrayList<>();
        List<Boolean> landscape = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                float[] min = {Float.MAX_VALUE};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String s, List<TextPosition> positions) throws IOException {
                        for (TextPosition tp : positions) {
                            if (!tp.getUnicode().isBlank()) min[0] = Math.min(min[0], tp.getFontSizeInPt());
                        }
                        super.writeString(s, positions);
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                text.add(strip(stripper.getText(pdf)));
                smallest.add(min[0]);
                PDPage page = pdf.getPage(p - 1);
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
        }
        return new Pages(text, smallest, landscape);
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static int indexOf(List<String> pages, String s, int from) {
        for (int i = from; i < pages.size(); i++) if (pages.get(i).contains(s)) return i;
        return -1;
    }

    /** The header and the first cell of the last row of every table of the specification. */
    private record TableCollector(List<List<String>> headers, List<String> lastCells) implements SpecSink {
        @Override public void section(SpecSection section) {}
        @Override public void heading(String title) {}
        @Override public void bullet(String label, String id, String text) {}
        @Override public void references(List<Reference> references) {}
        @Override public void code(String language, String body) {}

        @Override
        public void table(List<String> header, List<List<String>> rows) {
            if (rows.isEmpty()) return;
            headers.add(header);
            lastCells.add(rows.get(rows.size() - 1).get(0));
        }
    }
}
