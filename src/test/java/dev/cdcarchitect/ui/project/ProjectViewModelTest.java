package dev.cdcarchitect.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open project without a toolkit: edits become undoable, saving and reopening, variants, autosave and recovery. */
class ProjectViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel workbench() {
        WorkbenchViewModel vm = new WorkbenchViewModel(new CurrentThreadExecutor(), Debouncer.IMMEDIATE, new DesignService());
        vm.loadSeed();
        return vm;
    }

    @Test
    void editsAreUndoableAndTheTitleShowsUnsavedWork() {
        WorkbenchViewModel workbench = workbench();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), new Autosave(dir), "test");
        assertEquals("CDC Architect — Untitled — Design 1", project.title().get());
        workbench.sourceText.set("MySQL 8.0, 2 TB, 3k TPS");
        assertTrue(project.modified.get());
        assertTrue(project.title().get().endsWith(" •"));
        project.undo();
        assertEquals(WorkbenchViewModel.SEED_SOURCE, workbench.sourceText.get(), "undo puts the text back into the window");
        assertFalse(project.modified.get());
        project.redo();
        assertEquals("MySQL 8.0, 2 TB, 3k TPS", workbench.sourceText.get());
    }

    @Test
    void savedProjectsReopenWithTheirDesignsAndVariants() {
        WorkbenchViewModel workbench = workbench();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), new Autosave(dir), "test");
        project.addVariant("Protobuf");
        assertEquals(List.of("Design 1", "Design 1 — Protobuf"), project.designNames);
        assertTrue(workbench.sourceText.get().endsWith("Protobuf serialization."));
        Path file = dir.resolve("review.cdcarch.json");
        String[] failure = {"not called"};
        project.saveAs(file, f -> failure[0] = f);
        assertNull(failure[0]);
        assertFalse(project.modified.get());
        assertTrue(Files.exists(file));

        WorkbenchViewModel other = workbench();
        ProjectViewModel reopened = new ProjectViewModel(other, new CurrentThreadExecutor(), new Autosave(dir), "test");
        reopened.open(file, f -> failure[0] = f);
        assertNull(failure[0]);
        assertEquals(List.of("Design 1", "Design 1 — Protobuf"), reopened.designNames);
        reopened.select("Design 1 — Protobuf");
        assertTrue(other.sourceText.get().endsWith("Protobuf serialization."));
        assertEquals("CDC Architect — review.cdcarch.json — Design 1 — Protobuf", reopened.title().get());
    }

    @Test
    void aBrokenFileIsReportedAndTheOpenProjectStays() throws Exception {
        WorkbenchViewModel workbench = workbench();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), new Autosave(dir), "test");
        Path broken = Files.writeString(dir.resolve("broken.cdcarch.json"), "{\"formatVersion\": 2, \"designs\": [");
        String[] failure = {null};
        project.open(broken, f -> failure[0] = f);
        assertTrue(failure[0].contains("not complete JSON"), failure[0]);
        assertEquals(WorkbenchViewModel.SEED_SOURCE, workbench.sourceText.get());
    }

    @Test
    void autosaveKeepsUnsavedWorkForRecovery() {
        Autosave autosave = new Autosave(dir);
        WorkbenchViewModel workbench = workbench();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), autosave, "test");
        workbench.targetText.set("Kafka to BigQuery");
        project.autosaveNow();
        assertTrue(autosave.pending().isPresent(), "written while modified");

        WorkbenchViewModel next = workbench();
        ProjectViewModel afterCrash = new ProjectViewModel(next, new CurrentThreadExecutor(), autosave, "test");
        afterCrash.recover(autosave.pending().orElseThrow());
        assertEquals("Kafka to BigQuery", next.targetText.get());
        assertTrue(afterCrash.modified.get(), "recovered work is unsaved until saved");
        afterCrash.saveAs(dir.resolve("saved.cdcarch.json"), f -> { });
        assertTrue(autosave.pending().isEmpty(), "a save clears the autosave");
    }

    /** Issue 16: designs can be renamed, deleted and reordered, each undoable. */
    @Test
    void designsAreRenamedDeletedAndReorderedUndoably() {
        WorkbenchViewModel workbench = workbench();
        ProjectViewModel project = new ProjectViewModel(workbench, new CurrentThreadExecutor(), new Autosave(dir), "test");
        project.addVariant("Protobuf");
        assertEquals("A design needs a name.", project.renameShown("  "));
        assertEquals("The project already has a design named 'Design 1'.", project.renameShown("Design 1"));
        assertNull(project.renameShown("protobuf "));
        assertEquals(List.of("Design 1", "protobuf"), project.designNames);
        assertEquals("protobuf", project.currentDesign.get());
        project.moveShown(-1);
        assertEquals(List.of("protobuf", "Design 1"), project.designNames);
        project.moveShown(-1);
        assertEquals(List.of("protobuf", "Design 1"), project.designNames, "nothing above the first");
        project.undo();
        assertEquals(List.of("Design 1", "protobuf"), project.designNames);
        project.undo();
        assertEquals(List.of("Design 1", "Design 1 — Protobuf"), project.designNames);
        assertEquals("Design 1 — Protobuf", project.currentDesign.get(), "the renamed design stays shown under its old name");
        assertTrue(workbench.sourceText.get().endsWith("Protobuf serialization."));

        assertNull(project.deleteShown());
        assertEquals(List.of("Design 1"), project.designNames);
        assertEquals("Design 1", project.currentDesign.get());
        assertEquals(WorkbenchViewModel.SEED_SOURCE, workbench.sourceText.get(), "the remaining design is shown");
        assertEquals("A project keeps at least one design; rename or edit this one instead.", project.deleteShown());
        project.undo();
        assertEquals(List.of("Design 1", "Design 1 — Protobuf"), project.designNames, "undo brings the deleted design back");
    }
}
