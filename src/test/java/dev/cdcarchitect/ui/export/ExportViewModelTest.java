package dev.cdcarchitect.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export state without a toolkit: done with the folder to open, failure with the reason, cancel before writing, and
 * a folder the tool did not write refused with a dialog (issue 14).
 */
class ExportViewModelTest {

    private static final String NODE = "dev/cdcarchitect/test-export-vm";

    @TempDir
    Path dir;

    private final ExportFolderMemory memory = new ExportFolderMemory(Preferences.userRoot().node(NODE));
    private final DesignResult.Generated design = (DesignResult.Generated) new DesignService()
            .design("PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to Snowflake");

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
    }

    /** Holds submitted work until the test runs it, like a slow worker thread. */
    private static final class ManualExecutor implements TaskExecutor {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
            pending.add(() -> onResult.accept(work.get()));
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {}
    }

    @Test
    void aFinishedExportOffersItsFolderAndIsRemembered() {
        ExportViewModel vm = new ExportViewModel(new CurrentThreadExecutor(), memory);
        Path out = dir.resolve("review.svg");
        vm.export(design, ExportFormat.SVG, Paper.A4, out);
        assertEquals(ExportViewModel.State.DONE, vm.state.get());
        assertTrue(Files.exists(out));
        assertEquals(dir.toAbsolutePath(), vm.resultFolder.get());
        assertEquals(dir.toAbsolutePath(), vm.lastFolder.get());
        assertEquals(dir.toAbsolutePath(), memory.load(), "remembered for the next run");
        assertTrue(vm.message.get().contains("review.svg"));
        vm.dismiss();
        assertEquals(ExportViewModel.State.IDLE, vm.state.get());
    }

    @Test
    void aFailedExportSaysWhyAndLeavesTheOldFile() throws Exception {
        ExportViewModel vm = new ExportViewModel(new CurrentThreadExecutor(), memory);
        vm.export(design, ExportFormat.DOT, Paper.A4, dir.resolve("missing-folder/x.dot"));
        assertEquals(ExportViewModel.State.FAILED, vm.state.get());
        assertTrue(vm.message.get().startsWith("Export failed: cannot write"), vm.message.get());
        assertFalse(vm.message.get().contains("\tat "), "no stack trace");
    }

    @Test
    void cancellingBeforeTheWriteWritesNothing() {
        ManualExecutor executor = new ManualExecutor();
        ExportViewModel vm = new ExportViewModel(executor, memory);
        executor.runAll(); // the remembered folder
        Path out = dir.resolve("x.mmd");
        vm.export(design, ExportFormat.MERMAID, Paper.A4, out);
        assertTrue(vm.isRunning());
        vm.export(design, ExportFormat.MERMAID, Paper.A4, dir.resolve("second.mmd"));
        assertEquals(1, executor.pending.size(), "one export at a time");
        vm.cancel();
        executor.runAll();
        assertEquals(ExportViewModel.State.CANCELLED, vm.state.get());
        assertFalse(Files.exists(out));
    }

    @Test
    @Tag("adversarial") // issue 14, item 1: the window's path
    void aRepositoryChosenAsTheConfigFolderIsRefusedWithADialogAndLeftAlone() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(repo.resolve("HEAD"), "ref: refs/heads/main\n");
        Path folder = repo.getParent();
        Files.writeString(folder.resolve("README.md"), "# mine");
        ExportViewModel vm = new ExportViewModel(new CurrentThreadExecutor(), memory);
        vm.export(design, ExportFormat.CONFIGS, Paper.A4, folder);
        assertEquals(ExportViewModel.State.FAILED, vm.state.get());
        assertTrue(vm.refusal.get().contains(folder.toString()), "the dialog names the folder: " + vm.refusal.get());
        assertTrue(vm.refusal.get().contains("new or empty folder"), "and says what to do: " + vm.refusal.get());
        assertTrue(vm.message.get().startsWith("Export refused"), vm.message.get());
        assertEquals(List.of(".git", "README.md"), names(folder));
        assertEquals(List.of("HEAD"), names(repo));
        assertArrayEquals("# mine".getBytes(), Files.readAllBytes(folder.resolve("README.md")));
        assertEquals(List.of("repo"), names(dir), "nothing staged beside it");
    }

    @Test
    @Tag("adversarial") // issue 14, item 1: the window's path
    void anEarlierExportIsReplacedAndTheDialogStaysQuiet() throws Exception {
        Path out = dir.resolve("cdc-config");
        ExportViewModel vm = new ExportViewModel(new CurrentThreadExecutor(), memory);
        vm.export(design, ExportFormat.CONFIGS, Paper.A4, out);
        assertEquals(ExportViewModel.State.DONE, vm.state.get(), vm.message.get());
        vm.export(design, ExportFormat.CONFIGS, Paper.A4, out);
        assertEquals(ExportViewModel.State.DONE, vm.state.get(), vm.message.get());
        assertEquals("", vm.refusal.get());
        assertTrue(Files.exists(out.resolve(".cdc-architect-export")));
        assertFalse(vm.message.get().contains("refused"));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
