package dev.cdcarchitect.ui.impact;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.impact.Finding;
import dev.cdcarchitect.impact.ImpactMarkdownWriter;
import dev.cdcarchitect.impact.ImpactReport;
import dev.cdcarchitect.impact.RegistryCheck;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * Draws one impact report: the verdict, the findings grouped by stage along the pipeline, the schemas before and
 * after (collapsed), and the numbered runbook. The words are the Markdown report's, so the window and
 * {@code impact} say the same.
 */
final class ImpactReportView {

    private final Consumer<String> linkOpener;

    ImpactReportView(Consumer<String> linkOpener) {
        this.linkOpener = linkOpener;
    }

    /** The CSS class of a severity; the same amber and red as the spec's warnings and the banners. */
    static String severityClass(Finding.Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Label verdict(ImpactReport report) {
        Label verdict = new Label(ImpactMarkdownWriter.verdict(report.severity()) + "  ·  topic " + report.topic());
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll("impact-verdict", severityClass(report.severity()));
        verdict.setId("impactVerdict");
        return verdict;
    }

    /** The findings, one heading per stage, in the pipeline's order. */
    VBox findings(ImpactReport report) {
        VBox box = new VBox(4);
        box.setId("impactFindings");
        Finding.Stage stage = null;
        for (Finding f : report.findings()) {
            if (f.stage() != stage) {
                stage = f.stage();
                box.getChildren().add(styled(new Label(ImpactMarkdownWriter.title(stage)), "section-heading"));
            }
            box.getChildren().add(finding(f));
        }
        return box;
    }

    private Node finding(Finding f) {
        Label mark = styled(new Label(ImpactMarkdownWriter.mark(f.severity())), severityClass(f.severity()));
        mark.getStyleClass().add("impact-mark");
        // The mark is the component's graphic: one label wraps as a whole in a narrow panel.
        Label component = prose(f.component(), "decision-title");
        component.setGraphic(mark);
        component.setGraphicTextGap(6);
        VBox card = new VBox(3, component, prose(f.statement(), "impact-statement"));
        card.getStyleClass().addAll("decision", "impact-finding");
        card.setAccessibleText(f.severity() + " " + f.component() + ": " + f.statement());
        if (!f.fix().isEmpty()) card.getChildren().add(prose("What to do: " + f.fix(), "impact-fix"));
        if (!f.references().isEmpty()) card.getChildren().add(links(f.references()));
        return card;
    }

    /** One link a line, wrapping: a row of long titles would widen the card past a narrow panel. */
    private VBox links(List<Reference> references) {
        VBox refs = new VBox(0);
        refs.getStyleClass().add("references");
        for (Reference r : references) {
            Hyperlink link = new Hyperlink(r.title());
            link.setWrapText(true);
            link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setAccessibleText("Open " + r.title() + " in the browser");
            link.setOnAction(e -> linkOpener.accept(r.url()));
            refs.getChildren().add(link);
        }
        return refs;
    }

    /** The schemas the connector writes before and after, with the registry's verdict; null when none changes. */
    TitledPane schemas(ImpactReport report) {
        ImpactReport.Schemas s = report.schemas();
        if (s == null || report.valueVerdict() == null) return null;
        VBox box = new VBox(4, prose(verdictOf("Value", report.valueVerdict()), "impact-statement"));
        box.getChildren().addAll(schema("Value before", s.valueBefore()), schema("Value after", s.valueAfter()));
        if (report.keyVerdict() != null && !s.keyBefore().equals(s.keyAfter())) {
            box.getChildren().add(prose(verdictOf("Key", report.keyVerdict()), "impact-statement"));
            box.getChildren().addAll(schema("Key before", s.keyBefore()), schema("Key after", s.keyAfter()));
        }
        TitledPane pane = new TitledPane("Schemas before and after", box);
        pane.setExpanded(false);
        // The schemas scroll inside their text areas rather than widening the panel.
        box.setMinWidth(0);
        pane.setMinWidth(0);
        pane.setId("impactSchemas");
        return pane;
    }

    private static String verdictOf(String subject, RegistryCheck.Verdict v) {
        String said = subject + " schema: the registry " + (v.accepted() ? "accepts" : "refuses") + " the new version under "
                + v.mode() + " (computed with " + v.checker() + ").";
        return v.reasons().isEmpty() ? said : said + "\n" + String.join("\n", v.reasons());
    }

    private static Node schema(String caption, String schema) {
        TextArea text = new TextArea(schema);
        text.setEditable(false);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(20);
        text.setMinWidth(0);
        text.getStyleClass().add("code");
        text.setAccessibleText(caption + " schema");
        return new VBox(2, styled(new Label(caption), "code-caption"), text);
    }

    /** The numbered steps. */
    List<Label> runbook(ImpactReport report) {
        List<String> steps = report.runbook();
        return java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> prose((i + 1) + ". " + steps.get(i), "impact-step")).toList();
    }

    private static Label prose(String text, String style) {
        Label label = styled(new Label(text), style);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static <T extends javafx.scene.control.Control> T styled(T control, String style) {
        control.getStyleClass().add(style);
        return control;
    }
}
