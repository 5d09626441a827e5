package dev.cdcarchitect.ui.topology;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a node's name into lines that fit its box. JavaFX wraps only at spaces and otherwise cuts inside a word
 * ("heartbeat.ap|p"); topic and connector names are long hyphenated words, so this breaks them after the
 * characters that separate their parts (space, hyphen, dot, slash, underscore), as ReadableNodeSizes assumed.
 */
final class NameWrapper {

    static final String BREAK_AFTER = " -./_";

    private final Text probe = new Text();

    /** The name with line breaks inserted; joining its lines gives the name back. */
    String wrap(String name, Font font, double width) {
        probe.setFont(font);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            if (BREAK_AFTER.indexOf(name.charAt(i)) < 0 && i < name.length() - 1) continue;
            String token = name.substring(start, i + 1);
            start = i + 1;
            if (line.length() > 0 && fits(line + token.stripTrailing(), width)) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            // A part longer than a line (rare) is cut where it must be.
            while (!fits(token.stripTrailing(), width) && token.length() > 1) {
                int cut = token.length() - 1;
                while (cut > 1 && !fits(token.substring(0, cut), width)) cut--;
                out.append(token, 0, cut).append('\n');
                token = token.substring(cut);
            }
            line.append(token);
        }
        return out.append(line).toString();
    }

    private boolean fits(String text, double width) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth() <= width;
    }
}
