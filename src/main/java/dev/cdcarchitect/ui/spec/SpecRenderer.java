package dev.cdcarchitect.ui.spec;

import dev.cdcarchitect.domain.Assumption;
import dev.cdcarchitect.domain.InputTrace;
import dev.cdcarchitect.domain.NotUnderstood;
import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.FailureScenario;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.Snippet;
import dev.cdcarchitect.domain.SpecReadingOrder;
import dev.cdcarchitect.domain.SpecReadingOrder.Part;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Turns specification rows into JavaFX nodes: section headings, decision cards with statement, rationale,
 * warnings, references, monospace config blocks with a copy button, the sizing table and the failure matrix.
 */
public final class SpecRenderer {

    private final Consumer<String> linkOpener;
    private final Consumer<String> decisionClicked;
    private javafx.beans.binding.DoubleExpression width;

    public SpecRenderer(Consumer<String> linkOpener, Consumer<String> decisionClicked) {
        this.linkOpener = linkOpener;
        this.decisionClicked = decisionClicked;
    }

    /** The width rows are laid out in; table cells wrap to their share of it. */
    public void setWidth(javafx.beans.binding.DoubleExpression width) {
        this.width = width;
    }

    /** The rows of a specification, for the virtualised list. */
    public static List<SpecItem> items(DesignSpec spec) {
        return SpecItem.of(spec);
    }

    /** The node for one row; only called for rows that are on screen. */
    public Node render(SpecItem item) {
        if (item instanceof SpecItem.Title t) return prose(t.text(), "spec-title", 0);
        if (item instanceof SpecItem.Heading h) {
            return styled(new Label(h.section().number() + ". " + h.section().heading()), "section-heading");
        }
        if (item instanceof SpecItem.Warnings w) {
            VBox box = new VBox(2);
            for (String text : w.warnings()) box.getChildren().add(warning(text));
            return box;
        }
        if (item instanceof SpecItem.Assumptions a) return assumptions(a.assumptions());
        if (item instanceof SpecItem.InputsAsRead r) return inputsAsRead(r.trace());
        if (item instanceof SpecItem.Sizing z) {
            return table(Part.SIZING.title(), SpecReadingOrder.SIZING_HEADER, z.lines().stream().map(SpecRenderer::row).toList(),
                    new double[] {20, 22, 58});
        }
        if (item instanceof SpecItem.FailureMatrix f) {
            return table(Part.FAILURE_MATRIX.title(), SpecReadingOrder.FAILURE_HEADER,
                    f.rows().stream().map(SpecRenderer::row).toList(), new double[] {14, 18, 18, 26, 12, 12});
        }
        return card(((SpecItem.DecisionItem) item).decision());
    }

    private Node card(Decision d) {
        VBox card = new VBox(4);
        card.getStyleClass().add("decision");
        card.setAccessibleText("Decision " + d.id() + ": " + d.title());
        Label title = styled(new Label(d.title()), "decision-title");
        Label id = styled(new Label(d.id()), "decision-id");
        HBox head = new HBox(8, title, id);
        card.getChildren().addAll(head, prose(d.statement(), "statement", 40), prose("Why: " + d.rationale(), "rationale", 40));
        for (String w : d.warnings()) card.getChildren().add(warning(w));
        int i = 0;
        while (i < d.config().size()) {
            ConfigEntry first = d.config().get(i);
            StringBuilder block = new StringBuilder();
            while (i < d.config().size() && d.config().get(i).scope() == first.scope()
                    && d.config().get(i).component().equals(first.component())) {
                block.append(d.config().get(i).key()).append('=').append(d.config().get(i).value()).append('\n');
                i++;
            }
            card.getChildren().add(codeBlock(first.scope().displayName() + ": " + first.component(), block.toString().stripTrailing()));
        }
        for (Snippet s : d.snippets()) card.getChildren().add(codeBlock(s.language() + ": " + s.title(), s.code()));
        if (!d.references().isEmpty()) {
            FlowPane refs = new FlowPane(6, 2);
            refs.getStyleClass().add("references");
            // A long title wraps within the card (a link as wide as its title widened the card past the pane).
            if (width != null) refs.prefWrapLengthProperty().bind(width.subtract(40));
            refs.setMinWidth(0);
            for (Reference r : d.references()) {
                Hyperlink link = new Hyperlink(r.title());
                link.setWrapText(true);
                if (width != null) link.maxWidthProperty().bind(width.subtract(40));
                link.setAccessibleText("Open " + r.title() + " in the browser");
                link.setOnAction(e -> linkOpener.accept(r.url()));
                refs.getChildren().add(link);
            }
            card.getChildren().add(refs);
        }
        card.setOnMouseClicked(e -> decisionClicked.accept(d.id()));
        return card;
    }

    private static Node codeBlock(String caption, String code) {
        Label label = styled(new Label(caption), "code-caption");
        Button copy = new Button("Copy");
        copy.getStyleClass().add("copy-button");
        copy.setAccessibleText("Copy " + caption);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, label, spacer, copy);
        Label body = styled(new Label(code), "code");
        body.setWrapText(false);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.setMinWidth(Region.USE_PREF_SIZE); // whole lines, never cut with "…": a long one scrolls sideways
        ScrollPane scroll = new ScrollPane(body);
        scroll.getStyleClass().add("code-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, bar, scroll);
        box.getStyleClass().add("code-block");
        return box;
    }

    private Node inputsAsRead(InputTrace trace) {
        VBox box = new VBox(4);
        if (!trace.facts().isEmpty()) {
            box.getChildren().add(table(Part.INPUTS_AS_READ.title(), SpecReadingOrder.INPUTS_HEADER,
                    trace.facts().stream().map(f -> List.of(f.fact(), f.value(), "\u201c" + f.words() + "\u201d")).toList(),
                    new double[] {26, 30, 44}));
        }
        if (!trace.notUnderstood().isEmpty()) {
            box.getChildren().add(styled(new Label(SpecReadingOrder.NOT_UNDERSTOOD), "subheading"));
            for (NotUnderstood n : trace.notUnderstood()) {
                box.getChildren().add(warning("\u201c" + n.words() + "\u201d: " + n.suggestion()));
            }
        }
        return box;
    }

    private Node assumptions(List<Assumption> assumptions) {
        VBox box = new VBox(2);
        box.getStyleClass().add("assumptions");
        box.getChildren().add(styled(new Label(Part.ASSUMPTIONS.title()), "subheading"));
        for (Assumption a : assumptions) {
            box.getChildren().add(prose("• " + a.field() + ": " + a.value() + " — " + a.reason(), "assumption", 30));
        }
        return box;
    }

    /** Tables use Text cells (no skin per cell): the sizing table changes with almost every edit. */
    private Node table(String caption, List<String> headers, List<List<String>> rows, double[] percents) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("spec-table");
        grid.setHgap(8);
        grid.setVgap(3);
        for (double p : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(p);
            grid.getColumnConstraints().add(c);
        }
        for (int c = 0; c < headers.size(); c++) grid.add(cell(headers.get(c), "table-header", percents[c]), c, 0);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) grid.add(cell(rows.get(r).get(c), "table-cell", percents[c]), c, r + 1);
        }
        return new VBox(4, styled(new Label(caption), "subheading"), grid);
    }

    private Text cell(String value, String style, double percent) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        if (width != null) {
            // Never narrower than the cell's longest word: a narrow column wrapped "tasks/members" inside the word.
            text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max((width.get() - 60) * percent / 100, longestWord(value, text.getFont())), width, text.fontProperty()));
        }
        return text;
    }

    /** The width of the widest word of a text in a font, plus a pixel of slack against rounding. */
    static double longestWord(String value, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : value.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 1;
    }

    private static List<String> row(SizingLine line) {
        return List.of(line.label(), line.value(), line.formula());
    }

    private static List<String> row(FailureScenario f) {
        return List.of(f.failure(), f.detection(), f.impact(), f.recovery(), f.rpo(), f.rto());
    }

    private static Label warning(String text) {
        return wrapped("⚠ " + text, "warning");
    }

    /** Running text as a Text node wrapped to the row width (no skin, unlike Label). */
    private Text prose(String value, String style, double inset) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        if (width != null) text.wrappingWidthProperty().bind(width.subtract(inset + 30));
        return text;
    }

    private static Label wrapped(String text, String style) {
        Label label = styled(new Label(text), style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        return label;
    }
}
