package dev.cdcarchitect.app;

import dev.cdcarchitect.cli.SnapshotRenderer;
import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.export.AtomicFiles;
import dev.cdcarchitect.ui.fx.CurrentThreadExecutor;
import dev.cdcarchitect.ui.fx.Debouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;
import dev.cdcarchitect.ui.WorkbenchWindow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the real workbench window, headless (Monocle), for two inputs and writes it as a PNG. The design
 * runs synchronously here; the picture is taken once the specification and the diagram are both drawn.
 */
public final class WindowSnapshotRenderer implements SnapshotRenderer {

    @Override
    public void render(String source, String target, Path png, int width, int height, View view) throws IOException {
        HeadlessFx.start(width, height);
        CompletableFuture<BufferedImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                capture(source, target, width, height, view, image);
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        BufferedImage picture;
        try {
            picture = image.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the window could not be rendered: " + e.getMessage(), e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", bytes)) throw new IOException("no PNG writer available");
        AtomicFiles.write(png, bytes.toByteArray()); // like every export: whole or not at all, keeping the file's mode
    }

    /** FX thread: shows the window, and once the design's spec and diagram are both drawn, takes the picture (of the maximised diagram for View.DIAGRAM). */
    private static void capture(String source, String target, int width, int height, View view, CompletableFuture<BufferedImage> image) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new CurrentThreadExecutor(), Debouncer.IMMEDIATE, new DesignService());
        WorkbenchWorkers workers = new WorkbenchWorkers();
        WorkbenchWindow window = new WorkbenchWindow(vm, workers.services(url -> { }), width, height);
        Stage stage = new Stage();
        stage.setScene(window.scene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        vm.sourceText.set(source);
        vm.targetText.set(target);
        Runnable takePicture = () -> {
            try {
                window.controller().maximiseDiagram(view == View.DIAGRAM);
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
                window.controller().fit();
                image.complete(toBufferedImage(window.scene().snapshot(null)));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            } finally {
                stage.close();
                workers.shutdown();
            }
        };
        if (window.controller().drawnOutcome().get() == vm.outcome.get()) {
            takePicture.run(); // a refusal or an input problem is drawn at once
            return;
        }
        window.controller().drawnOutcome().addListener((obs, old, drawn) -> {
            if (drawn == vm.outcome.get() && !image.isDone()) takePicture.run();
        });
    }

    private static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        int[] pixels = new int[w * h];
        fx.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }
}
