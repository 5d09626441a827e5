package dev.cdcarchitect.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Renders the workbench window for two inputs into a PNG; implemented by the app layer, which owns the UI. */
public interface SnapshotRenderer {

    void render(String source, String target, Path png, int width, int height) throws IOException;
}
