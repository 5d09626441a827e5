package dev.cdcarchitect.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7a: the save notice mentions a kept previous version only when there was one. */
@Tag("adversarial")
class ProjectSaveNoticeTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSaveKeepsNoBakAndDoesNotSayItDid() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(new CurrentThreadExecutor(), Debouncer.IMMEDIATE, new DesignService());
        workbench.loadSeed();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), new Autosave(dir.resolve("data")), "test");
        Path file = dir.resolve("review.cdcarch.json");
        project.saveAs(file, failure -> { });
        assertFalse(Files.exists(dir.resolve("review.cdcarch.json.bak")));
        assertEquals("Saved review.cdcarch.json.", project.notice.get());

        workbench.sourceText.set("MySQL 8.0, 2 TB, 3k TPS");
        project.save(failure -> { });
        assertTrue(Files.exists(dir.resolve("review.cdcarch.json.bak")));
        assertEquals("Saved review.cdcarch.json (previous version kept as review.cdcarch.json.bak).", project.notice.get());
    }

    /** A saved project is now an ordinary 0644 document; the autosaved copy of unsaved work stays private by its folder. */
    @Test
    void theAutosaveFolderIsPrivate() throws Exception {
        Autosave autosave = new Autosave(dir.resolve("data"));
        assertTrue(autosave.write(new dev.cdcarchitect.project.Project(dev.cdcarchitect.project.ProjectFiles.FORMAT_VERSION, "test",
                null, null, java.util.List.of(dev.cdcarchitect.project.ProjectDesign.of("a", "PostgreSQL 14", "Kafka")), null), "test"));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))));
    }
}
