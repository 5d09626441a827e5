package dev.cdcarchitect.app;

import dev.cdcarchitect.cli.SnapshotRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 7a's sibling: the window snapshot, like every export, keeps the mode of the file it replaces. */
@Tag("adversarial")
class SnapshotFileModeTest {

    @TempDir
    Path dir;

    @Test
    void aNewSnapshotIsAnOrdinaryFileAndAReplacedOneKeepsItsMode() throws Exception {
        Path png = dir.resolve("workbench.png");
        WindowSnapshotRenderer renderer = new WindowSnapshotRenderer();
        renderer.render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, png, 640, 400, SnapshotRenderer.View.WORKBENCH);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)), "not the temp file's 0600");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("rw-rw-r--"));
        renderer.render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, png, 640, 400, SnapshotRenderer.View.WORKBENCH);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
    }
}
