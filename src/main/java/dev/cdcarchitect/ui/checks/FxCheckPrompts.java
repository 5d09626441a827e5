package dev.cdcarchitect.ui.checks;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs for {@link CheckPrompts}. */
public final class FxCheckPrompts implements CheckPrompts {

    private final Supplier<Window> owner;

    public FxCheckPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> connectUrl(String last) {
        TextInputDialog dialog = new TextInputDialog(last);
        dialog.setTitle("Validate on Connect");
        dialog.setHeaderText("Kafka Connect's REST URL (read-only: config/validate calls, no connector is created).\n"
                + "A login may be given as https://USER:PASSWORD@HOST:8083; it is never shown or saved.");
        if (owner.get() != null) dialog.initOwner(owner.get());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> reportFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save report");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
