package dev.cdcarchitect.topology.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The one rule for breaking a node's name into lines, for the window and the exported diagrams alike. Text engines
 * wrap only at spaces and otherwise cut inside a word ("heartbeat.ap|p"); topic and connector names are long
 * hyphenated words, so this breaks them after the characters that separate their parts. Each caller measures text
 * with its own fonts (JavaFX in the window, the embedded DejaVu fonts in the exports, an estimate for sizing).
 */
public final class NameLines {

    /** A line may end after these: space, hyphen, dot, slash, underscore. */
    public static final String BREAK_AFTER = " -./_";

    private NameLines() {}

    /**
     * The name broken greedily into lines no wider than {@code maxWidth} as {@code width} measures them; joining the
     * lines gives the name back (a line keeps the separator it ends with).
     */
    public static List<String> wrap(String name, ToDoubleFunction<String> width, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            if (BREAK_AFTER.indexOf(name.charAt(i)) < 0 && i < name.length() - 1) continue;
            String token = name.substring(start, i + 1);
            start = i + 1;
            if (line.length() > 0 && fits(line + token, width, maxWidth)) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A part longer than a line (rare) is cut where it must be.
            while (!fits(token, width, maxWidth) && token.length() > 1) {
                int cut = token.length() - 1;
                while (cut > 1 && !fits(token.substring(0, cut), width, maxWidth)) cut--;
                lines.add(token.substring(0, cut));
                token = token.substring(cut);
            }
            line.append(token);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return List.copyOf(lines);
    }

    /** A space at the end of a line takes no room on screen. */
    private static boolean fits(String text, ToDoubleFunction<String> width, double maxWidth) {
        return width.applyAsDouble(text.stripTrailing()) <= maxWidth;
    }
}
