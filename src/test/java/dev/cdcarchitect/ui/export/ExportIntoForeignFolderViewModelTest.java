package dev.cdcarchitect.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.export.pdf.Paper;
import dev.cdcarchitect.ui.CurrentThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 1, the window's path: the export menu's view model refuses a folder the tool did not write. */
@Tag("adversarial")
class ExportIntoForeignFolderViewModelTest {

    private static final String NODE = "dev/cdcarchitect/test-export-foreign";

    @TempDir
    Path dir;

    private final ExportFolderMemory memory = new ExportFolderMemory(Preferences.userRoot().node(NODE));
    private final DesignResult.Generated design = (DesignResult.Generated) new DesignService()
            .design("PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to Snowflake");

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
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
