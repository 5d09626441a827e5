package dev.cdcarchitect.app;

import dev.cdcarchitect.cli.SnapshotRenderer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `snapshot` renders the real window headless into a PNG of the requested size, with the diagram drawn. */
class WindowSnapshotRendererTest {

    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheWindow() throws Exception {
        Path png = dir.resolve("workbench.png");
        new WindowSnapshotRenderer().render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, png, 1280, 800, SnapshotRenderer.View.WORKBENCH);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        // The diagram's yellow topic boxes (#fff8c5) are in the right third of the picture.
        boolean topicDrawn = false;
        for (int x = 900; x < 1280 && !topicDrawn; x += 2) {
            for (int y = 0; y < 800 && !topicDrawn; y += 2) {
                topicDrawn = (image.getRGB(x, y) & 0xFFFFFF) == 0xFFF8C5;
            }
        }
        assertTrue(topicDrawn, "no topic box drawn in the diagram area");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    /** --view diagram: the diagram pane has the window's width, so the source database is drawn where the input was. */
    @Test
    void theDiagramViewGivesTheDiagramTheWholeWidth() throws Exception {
        Path workbench = dir.resolve("workbench.png");
        Path diagram = dir.resolve("diagram.png");
        new WindowSnapshotRenderer().render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, workbench, 1440, 900, SnapshotRenderer.View.WORKBENCH);
        new WindowSnapshotRenderer().render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, diagram, 1440, 900, SnapshotRenderer.View.DIAGRAM);
        // #ddf4ff: the source database's and the targets' fill (domain.NodePalette).
        assertFalse(hasColour(ImageIO.read(workbench.toFile()), 0, 340, 0xDDF4FF), "the input pane is on the left of the workbench view");
        BufferedImage maximised = ImageIO.read(diagram.toFile());
        assertTrue(hasColour(maximised, 0, 340, 0xDDF4FF), "the source database is drawn on the left of the diagram view");
        assertTrue(hasColour(maximised, 1100, 1440, 0xDDF4FF), "and the targets on the right");
    }

    private static boolean hasColour(BufferedImage image, int fromX, int toX, int rgb) {
        for (int x = fromX; x < toX; x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) return true;
            }
        }
        return false;
    }
}
