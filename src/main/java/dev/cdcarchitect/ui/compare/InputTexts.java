package dev.cdcarchitect.ui.compare;

import dev.cdcarchitect.compare.WordDiff;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The designs' input texts in full (wrapped, never cut), each design's words that differ from the baseline marked, so
 * the actual difference between two long, similar texts is visible at a glance.
 */
final class InputTexts {

    /** One design's two texts. */
    record Texts(String name, String source, String target) {}

    private InputTexts() {}

    /** {@code designs.get(0)} is the baseline; with one other design its differing words are marked too. */
    static VBox of(List<Texts> designs) {
        VBox box = new VBox(6);
        box.setId("compareInputs");
        Texts base = designs.get(0);
        for (int i = 0; i < designs.size(); i++) {
            Texts d = designs.get(i);
            Label name = new Label(i == 0 ? d.name() + " (baseline)" : d.name());
            name.getStyleClass().add("pane-heading");
            box.getChildren().add(name);
            if (i == 0) {
                Texts other = designs.size() == 2 ? designs.get(1) : null;
                box.getChildren().add(flow("Source database: ", other == null ? plain(d.source()) : WordDiff.of(d.source(), other.source()).a()));
                box.getChildren().add(flow("Target systems: ", other == null ? plain(d.target()) : WordDiff.of(d.target(), other.target()).a()));
            } else {
                box.getChildren().add(flow("Source database: ", WordDiff.of(base.source(), d.source()).b()));
                box.getChildren().add(flow("Target systems: ", WordDiff.of(base.target(), d.target()).b()));
            }
        }
        return box;
    }

    private static List<WordDiff.Span> plain(String text) {
        return List.of(new WordDiff.Span(text, false));
    }

    private static TextFlow flow(String label, List<WordDiff.Span> spans) {
        Text heading = new Text(label);
        heading.getStyleClass().add("input-label");
        TextFlow flow = new TextFlow(heading);
        for (WordDiff.Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add(span.differs() ? "differing-words" : "input-words");
            flow.getChildren().add(text);
        }
        flow.getStyleClass().add("compare-input");
        return flow;
    }
}
