package dev.cdcarchitect.ui.export;

import dev.cdcarchitect.export.ExportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog (a folder dialog for the configuration export), starting in the last folder. */
public final class FxExportTargetChooser implements ExportTargetChooser {

    private final Supplier<Window> owner;

    public FxExportTargetChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(ExportFormat format, Path initialFolder, String suggestedName) {
        File initial = initialFolder != null && Files.isDirectory(initialFolder) ? initialFolder.toFile() : null;
        if (format.isFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + format.description().replace(" (folder)", "").toLowerCase(java.util.Locale.ROOT) + " into a new or existing folder");
            chooser.setInitialDirectory(initial);
            File folder = chooser.showDialog(owner.get());
            return Optional.ofNullable(folder).map(f -> f.toPath().resolve(suggestedName));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.description());
        chooser.setInitialDirectory(initial);
        chooser.setInitialFileName(suggestedName + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
