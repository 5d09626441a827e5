package dev.cdcarchitect.app;

import dev.cdcarchitect.llm.prompt.PromptFileException;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import dev.cdcarchitect.ui.WorkbenchController;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Dropping a project opens it; dropping a {@code .prompt.yml} makes it the LLM's prompt. */
final class DropTarget {

    private DropTarget() {}

    static void install(Scene scene, WorkbenchController controller, TaskExecutor reader) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(DropTarget::accepted)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean done = false;
            for (File f : files) {
                String name = f.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".cdcarch.json") && controller.confirmDiscard()) {
                    controller.open(f.toPath());
                    done = true;
                } else if (name.endsWith(".prompt.yml") || name.endsWith(".prompt.yaml")) {
                    reader.submit(() -> {
                        try {
                            return (Object) new PromptFileLoader().load(f.toPath());
                        } catch (PromptFileException ex) {
                            return ex.getMessage();
                        }
                    }, result -> controller.usePrompt(result));
                    done = true;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private static boolean accepted(File f) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".cdcarch.json") || name.endsWith(".prompt.yml") || name.endsWith(".prompt.yaml");
    }
}
