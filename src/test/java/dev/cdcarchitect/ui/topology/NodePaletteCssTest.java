package dev.cdcarchitect.ui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.NodePalette;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window draws nodes with workbench.css and the exports with {@link NodePalette}: every node kind must get the
 * same fill, border and dash in both, so a colour changed in one place and not the other fails here.
 */
class NodePaletteCssTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void theWindowDrawsEachKindInThePaletteColours(NodeKind kind) throws IOException {
        String styleClass = "node-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Map<String, String> drawn = declarations(".node");
        drawn.putAll(declarations("." + styleClass));
        NodePalette palette = NodePalette.of(kind);

        assertEquals(palette.fill(), drawn.get("-fx-background-color"), styleClass + " fill");
        assertEquals(palette.stroke(), drawn.get("-fx-border-color"), styleClass + " border");
        assertEquals(palette.dashed(), "dashed".equals(drawn.get("-fx-border-style")), styleClass + " dashed");
    }

    /** The declarations of every rule whose selector list names exactly this selector, later rules winning. */
    private static Map<String, String> declarations(String selector) throws IOException {
        Map<String, String> found = new HashMap<>();
        Matcher rule = RULE.matcher(stylesheet());
        while (rule.find()) {
            boolean names = false;
            for (String s : rule.group(1).split(",")) names |= s.strip().equals(selector);
            if (!names) continue;
            for (String declaration : rule.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) found.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
            }
        }
        return found;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = NodePaletteCssTest.class.getResourceAsStream("/css/workbench.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }
}
