package dev.cdcarchitect.ui.topology;

import dev.cdcarchitect.topology.layout.NameLines;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a node's name into lines that fit its box by the rule the exports use too ({@link NameLines}), measured
 * with the window's own font.
 */
final class NameWrapper {

    private final Text probe = new Text();

    /** The name with line breaks inserted; joining its lines gives the name back. */
    String wrap(String name, Font font, double width) {
        probe.setFont(font);
        return String.join("\n", NameLines.wrap(name, this::width, width));
    }

    private double width(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
