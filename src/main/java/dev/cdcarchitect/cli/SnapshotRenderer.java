package dev.cdcarchitect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Renders the workbench window for two inputs into a PNG; implemented by the app layer, which owns the UI. */
public interface SnapshotRenderer {

    /** What the picture shows: the usual three panes, or the diagram pane maximised to the window's width. */
    enum View {
        WORKBENCH, DIAGRAM;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    void render(String source, String target, Path png, int width, int height, View view) throws IOException;
}
