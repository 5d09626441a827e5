package dev.cdcarchitect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        new WindowSnapshotRenderer().render(WorkbenchViewModel.SEED_SOURCE, WorkbenchViewModel.SEED_TARGET, png, 1280, 800);
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
}
