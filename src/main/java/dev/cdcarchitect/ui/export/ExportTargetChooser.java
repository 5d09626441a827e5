package dev.cdcarchitect.ui.export;

import dev.cdcarchitect.export.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where an export goes; the FX version shows a file or folder chooser, tests answer directly. */
public interface ExportTargetChooser {

    Optional<Path> choose(ExportFormat format, Path initialFolder, String suggestedName);
}
